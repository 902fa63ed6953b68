/// A Korean personal name in Hangul, split into family name and given name.
public struct KoreanName: Sendable, Hashable {
    public let family: String
    public let given: String

    /// Two-syllable family names; every other family name is one syllable.
    static let compoundFamilyNames: Set<String> = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"]

    /// Splits a name of two to five Hangul syllables ("한소희" → 한 + 소희, "남궁민" → 남궁 + 민);
    /// nil for anything else, such as a stage name in Latin letters.
    public init?(hangul text: String) {
        let syllables = text.filter { !$0.isWhitespace }.map(String.init)
        guard (2...5).contains(syllables.count),
            syllables.allSatisfy({ $0.unicodeScalars.count == 1 && HangulSyllable($0.unicodeScalars.first!) != nil })
        else { return nil }
        let firstTwo = syllables.prefix(2).joined()
        let familyLength = syllables.count >= 3 && Self.compoundFamilyNames.contains(firstTwo) ? 2 : 1
        family = syllables.prefix(familyLength).joined()
        given = syllables.dropFirst(familyLength).joined()
    }

    public init(family: String, given: String) {
        self.family = family
        self.given = given
    }

    /// The official romanization: family name first, given name written together ("Han Sohui").
    public var revisedRomanization: String {
        Self.capitalized(Romanization.name(family)) + " " + Self.capitalized(Romanization.name(given))
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
