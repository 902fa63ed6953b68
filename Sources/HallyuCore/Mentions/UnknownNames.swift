/// Romanized Korean names that are not in the knowledge base: a known family name followed by a
/// given name made of romanized syllables ("Kim Sang-ho", "Park Jiwoo"), so an editor can add the
/// person before publishing.
enum RomanizedKoreanName {
    /// Family names as they are written in Latin letters, lowercased, except the rare spellings
    /// that are everyday English words ("In April", "You Like").
    static let familyNames: Set<String> = Set(FamilyNameSpellings.table.values.flatMap { $0.map { $0.lowercased() } })
        .subtracting(["in", "you", "on", "so", "an", "do", "no", "go", "ha", "ma", "bo", "o", "u", "i", "to", "me", "we", "he"])

    static let onsets = [
        "", "g", "k", "kk", "gg", "n", "d", "t", "tt", "r", "l", "m", "b", "p", "pp", "s", "ss", "sh", "j", "jj",
        "ch", "h", "c", "y", "w",
    ]
    static let vowels = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
        "eu", "ui", "i", "oo", "ee", "ou", "eui", "ah", "ea", "ie", "eon", "yoo", "yu", "wu", "oh", "uh",
    ]
    static let codas = ["", "k", "g", "n", "t", "l", "m", "p", "b", "ng"]
    /// Every syllable shape, up to five letters.
    static let syllables: Set<String> = {
        var shapes: Set<String> = []
        for onset in onsets {
            for vowel in vowels {
                for coda in codas { shapes.insert(onset + vowel + coda) }
            }
        }
        return shapes
    }()

    /// True for "Kim Sang-ho", "Park Jiwoo", "Lee Ji-eun"; false for "Kim Kardashian", "Han River".
    static func matches(family: String, given: String) -> Bool {
        guard familyNames.contains(family.lowercased()), given.first?.isUppercase == true else { return false }
        let lowered = given.lowercased()
        if lowered.contains("-") {
            let parts = lowered.split(separator: "-").map(String.init)
            return parts.count == 2 && parts.allSatisfy(syllables.contains)
        }
        return splitsIntoTwoSyllables(lowered)
    }

    /// A given name written together must split into exactly two syllables ("jiwoo" = ji + woo).
    static func splitsIntoTwoSyllables(_ text: String) -> Bool {
        let letters = Array(text)
        guard (3...10).contains(letters.count) else { return false }
        for cut in 1..<letters.count where syllables.contains(String(letters[..<cut])) && syllables.contains(String(letters[cut...])) {
            return true
        }
        return false
    }
}

/// A romanized Korean name found in a text that no entity answers to.
public struct UnknownName: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
}

extension MentionIndex {
    /// Names shaped like Korean names that are neither known nor a misspelling of a known one.
    public func unknownNames(in text: String, analysis: Analysis, misspellings: [Misspelling]) -> [UnknownName] {
        let source = Array(text.unicodeScalars)
        let offsets = TextOffsets(source)
        let words = NameLikeWords(source).words
        let covered =
            (analysis.mentions.map { $0.start..<$0.end } + analysis.ambiguous.map { $0.start..<$0.end }
                + misspellings.map { $0.start..<$0.end })
        var found: [UnknownName] = []
        for index in words.indices.dropLast() {
            let family = words[index], given = words[index + 1]
            guard given.joinsPrevious, family.isCapitalised else { continue }
            let familyText = String(String.UnicodeScalarView(source[family.start..<family.end]))
            let givenText = String(String.UnicodeScalarView(source[given.start..<given.end]))
            guard RomanizedKoreanName.matches(family: familyText, given: givenText) else { continue }
            let (start, end, utf8Start, utf8End) = offsets.range(family.start, given.end)
            if covered.contains(where: { $0.overlaps(start..<end) }) { continue }
            found.append(UnknownName(text: familyText + " " + givenText, start: start, end: end, utf8Start: utf8Start, utf8End: utf8End))
        }
        return found
    }
}
