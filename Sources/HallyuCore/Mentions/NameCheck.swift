/// The editor's name check: spans written like names that are not a known name but are a small
/// edit away from one ("Han Soo-he" for Han So-hee) get a suggestion.
public struct Misspelling: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
    /// The entities meant, best first.
    public var suggestions: [MentionTarget]
    /// The known spelling closest to what was typed.
    public var closest: String
}

extension MentionIndex {
    /// Misspelt names in `text`, skipping the names `analysis` linked. (A stray given name it
    /// reported may be part of a misspelt full name: "Prak Seo-joon".)
    public func misspellings(in text: String, analysis: Analysis) -> [Misspelling] {
        let source = Array(text.unicodeScalars)
        let offsets = TextOffsets(source)
        let words = NameLikeWords(source).words
        var taken = Set<Int>()
        for mention in analysis.mentions { taken.formUnion(scalarRange(utf16Start: mention.start, utf16End: mention.end, offsets)) }
        var found: [Misspelling] = []
        var index = 0
        while index < words.count {
            var best: (length: Int, distance: Int, pattern: Int)?
            // Windows of up to four words, starting with a capitalised one, inside one phrase.
            if words[index].isCapitalised {
                for length in 1...4 where index + length <= words.count {
                    let window = words[index..<index + length]
                    if length > 1 && !window.dropFirst().allSatisfy(\.joinsPrevious) { break }
                    // A name ends on a capitalised word; small words may sit inside a title
                    // ("Queen of Tears"), but "June a" is no name.
                    guard window.last!.isCapitalised else { continue }
                    if !window.allSatisfy({ $0.isCapitalised || $0.end - $0.start <= 3 }) { break }
                    let start = window.first!.start, end = window.last!.end
                    if (start..<end).contains(where: taken.contains) { break }
                    let key = Array(NameKey.make(String(String.UnicodeScalarView(source[start..<end]))).unicodeScalars)
                    // One capitalised word is usually just a word ("Last" is not VAST): it needs
                    // five letters, may be one edit off, and must stand alone, not be one part of
                    // a longer name ("Ha-rin" in Jung Ha-rin).
                    let alone = !(words[index].joinsPrevious && index > 0 && words[index - 1].isCapitalised
                                  && !words[index - 1].isPossessive)
                        && !(index + 1 < words.count && words[index + 1].joinsPrevious && words[index + 1].isCapitalised)
                    let allowance = length == 1 ? (key.count >= 5 && alone ? 2 : 0) : EditDistance.allowance(forLength: key.count)
                    if let match = nearest(to: key, allowance: allowance), best == nil || match.distance <= best!.distance {
                        best = (length, match.distance, match.pattern)
                    }
                }
            }
            guard let best else {
                index += 1
                continue
            }
            let start = words[index].start, end = words[index + best.length - 1].end
            let (utf16Start, utf16End, utf8Start, utf8End) = offsets.range(start, end)
            let targets = entries[best.pattern].filter { !$0.isGivenName }.map { records[$0.record].target }
            found.append(Misspelling(text: String(String.UnicodeScalarView(source[start..<end])), start: utf16Start, end: utf16End,
                                     utf8Start: utf8Start, utf8End: utf8End, suggestions: targets,
                                     closest: records[entries[best.pattern].first!.record].names.first ?? ""))
            index += best.length
        }
        return found
    }

    /// The known full name closest to `key` within the allowance for its length, found through
    /// the letter pairs it shares with `key` rather than by comparing with every name.
    func nearest(to key: [Unicode.Scalar], allowance: Int) -> (pattern: Int, distance: Int)? {
        guard allowance > 0, key.count >= 4, exactKeys[String(String.UnicodeScalarView(key))] == nil else { return nil }
        var shared: [Int: Int] = [:]
        for pair in Set(LetterPairs.of(key)) {
            for pattern in pairIndex[pair] ?? [] { shared[pattern, default: 0] += 1 }
        }
        // Each edit spoils at most three letter pairs (a swap of two letters touches three);
        // the allowance is in half edits, and a vowel edit costs one.
        let needed = max(1, key.count - 1 - 3 * allowance)
        var best: (pattern: Int, distance: Int)?
        for (pattern, count) in shared where count >= needed {
            let candidate = patternScalars[pattern]
            // People rarely get the first letter wrong, unless they swap the first two.
            guard candidate.first == key.first || (candidate.count > 1 && candidate[0] == key[1] && candidate[1] == key[0])
            else { continue }
            guard let distance = EditDistance.between(key, candidate, limit: best.map { $0.distance - 1 } ?? allowance) else { continue }
            if distance > 0 { best = (pattern, distance) }
        }
        return best
    }

    private func scalarRange(utf16Start: Int, utf16End: Int, _ offsets: TextOffsets) -> Range<Int> {
        offsets.scalarIndex(ofUTF16: utf16Start)..<offsets.scalarIndex(ofUTF16: utf16End)
    }
}

/// Pairs of neighbouring letters, the cheap filter for near matches.
enum LetterPairs {
    static func of(_ key: [Unicode.Scalar]) -> [UInt64] {
        guard key.count > 1 else { return key.map { UInt64($0.value) } }
        return (0..<(key.count - 1)).map { UInt64(key[$0].value) << 32 | UInt64(key[$0 + 1].value) }
    }
}

/// The words of a text with where they are and whether they look like part of a name.
struct NameLikeWords {
    struct Word {
        let start: Int
        let end: Int
        /// Starts with a capital, or has one inside (iKON, BLACKPINK).
        let isCapitalised: Bool
        /// Separated from the previous word by exactly one space, so both can be one name.
        let joinsPrevious: Bool
        /// Ends in 's ("BLACKPINK's Jisoo"): what follows is a name of its own.
        let isPossessive: Bool
    }

    var words: [Word] = []

    init(_ source: [Unicode.Scalar]) {
        var index = 0
        while index < source.count {
            guard source[index].properties.isAlphabetic, HangulSyllable(source[index]) == nil else {
                index += 1
                continue
            }
            let start = index
            while index < source.count, source[index].properties.isAlphabetic || (
                "-'\u{2019}".unicodeScalars.contains(source[index]) && index + 1 < source.count
                    && source[index + 1].properties.isAlphabetic) {
                index += 1
            }
            let word = source[start..<index]
            let joins = start >= 2 && source[start - 1] == " " && source[start - 2].properties.isAlphabetic
            let possessive = word.count > 2 && word.last == "s"
                && "'\u{2019}".unicodeScalars.contains(word[word.endIndex - 2])
            words.append(Word(start: start, end: index, isCapitalised: word.contains { $0.properties.isUppercase },
                              joinsPrevious: joins, isPossessive: possessive))
        }
    }
}
