/// The spellings a Korean name is really written in: strict Revised Romanization, customary
/// family names (이 Lee/Yi/Rhee, 박 Park), the given-name spellings fans and agencies use
/// (희 hee, 우 woo, 현 hyun), with or without a hyphen or space, family name first or last.
public enum NameVariants {
    /// Every match key (`NameKey` form) under which a person with this Hangul name may be
    /// written, including the Hangul itself. Empty when the text is not a Korean name.
    public static func keys(forHangul text: String) -> Set<String> {
        var keys: Set<String> = []
        for name in KoreanName.readings(of: text) {
            keys.insert(NameKey.make(name.family + name.given))
            let givens = givenSpellings(name.given).map(NameKey.make)
            for family in familySpellings(name.family).map(NameKey.make) {
                for given in givens {
                    keys.insert(family + given)
                    keys.insert(given + family)
                }
            }
        }
        return keys
    }

    /// Readable spellings for suggestions, most usual first: "Han So-hee", "Han Sohui".
    public static func spellings(forHangul text: String, limit: Int = 4) -> [String] {
        guard let name = KoreanName.readings(of: text).first else { return [] }
        var result: [String] = []
        let givenParts = name.given.map { syllableSpellings(String($0)) }
        let usual = givenParts.map { $0.first ?? "" }.joined(separator: "-")
        let official = name.given.map { Romanization.name(String($0)) }.joined()
        for family in familySpellings(name.family).prefix(2) {
            for given in [usual, official] {
                let spelling = family + " " + KoreanName.capitalized(given)
                if !result.contains(spelling) { result.append(spelling) }
            }
        }
        return Array(result.prefix(limit))
    }

    /// Family-name spellings, customary first, the strict romanization last.
    static func familySpellings(_ family: String) -> [String] {
        var spellings = FamilyNameSpellings.table[family] ?? []
        let official = KoreanName.capitalized(Romanization.name(family))
        if !spellings.contains(official) { spellings.append(official) }
        return spellings
    }

    /// Every combination of the given name's syllable spellings, written together.
    static func givenSpellings(_ given: String) -> [String] {
        given.reduce([""]) { partial, syllable in
            let options = syllableSpellings(String(syllable))
            return partial.flatMap { prefix in options.map { prefix + $0 } }
        }
    }

    /// One given-name syllable: the spellings seen in real names, the official one, and the
    /// usual patterns applied to it (eo → u as in hyun, u → oo as in soo, ui → ee as in hee,
    /// yeong → young, an initial g → k as in kyung).
    static func syllableSpellings(_ syllable: String) -> [String] {
        var spellings = GivenSyllableSpellings.table[syllable] ?? []
        // A family-name syllable in a given name keeps its customary spellings (윤박 Yoon Park).
        for family in FamilyNameSpellings.table[syllable] ?? [] where !spellings.contains(family.lowercased()) {
            spellings.append(family.lowercased())
        }
        let official = Romanization.name(syllable)
        var candidates = [official]
        for _ in 0..<2 {
            candidates += candidates.flatMap(patternVariants)
        }
        for candidate in candidates where !spellings.contains(candidate) {
            spellings.append(candidate)
        }
        return spellings
    }

    private static func patternVariants(_ spelling: String) -> [String] {
        var variants: [String] = []
        func replacing(_ part: String, with replacement: String) {
            if spelling.contains(part) { variants.append(spelling.replacingOccurrences(of: part, with: replacement)) }
        }
        replacing("yeong", with: "young")
        replacing("eo", with: "u")
        replacing("eu", with: "u")
        replacing("ui", with: "ee")
        replacing("si", with: "shi")
        if let u = spelling.firstIndex(of: "u"), u == spelling.startIndex || !"eyw".contains(spelling[spelling.index(before: u)]) {
            variants.append(spelling.replacingCharacters(in: u...u, with: "oo"))
        }
        // A syllable that is only a vowel u: 욱 wook, 우 wu.
        if spelling.hasPrefix("u") { variants += ["woo" + spelling.dropFirst(), "w" + spelling] }
        // A consonant and i, with at most an n after: 비 bee, 빈 been, 지 jee.
        if spelling.hasSuffix("i") || spelling.hasSuffix("in"), let i = spelling.lastIndex(of: "i"), i != spelling.startIndex,
            !"aeiouwy".contains(spelling[spelling.index(before: i)])
        {
            variants.append(spelling.replacingCharacters(in: i...i, with: "ee"))
        }
        if spelling.hasSuffix("p") { variants.append(spelling.dropLast() + "b") }
        if spelling.hasPrefix("g") { variants.append("k" + spelling.dropFirst()) }
        return variants
    }
}

extension KoreanName {
    /// The ways to read a Hangul name: usually one, but a three-syllable name that starts with a
    /// two-syllable family name (황보라) could be either 황보 + 라 or 황 + 보라.
    public static func readings(of text: String) -> [KoreanName] {
        guard let name = KoreanName(hangul: text) else { return [] }
        guard name.family.count == 2, name.given.count == 1 else { return [name] }
        let whole = name.family + name.given
        return [name, KoreanName(family: String(whole.prefix(1)), given: String(whole.dropFirst()))]
    }
}
