/// Names that are ordinary English too: a word ("Joy", "Twice", "Winter", "H.U.B"), a phrase of
/// words ("Red Velvet", "Love Alarm", "Oh My Girl") or given names common in the English-speaking
/// world ("Lisa", "Jennie Kim"). Written alone, such a name says nothing about which entity is
/// meant, or whether any is: "Lisa thanked the coach" is about somebody else, "Twice a week is
/// plenty" about nobody, "Red Velvet syrup" about cake. The linker links them only with evidence.
public enum OrdinaryNames {
    /// Whether every word of `name`, folded as names are (case, accents, dots and apostrophes
    /// away), is an English word or a common given name. Hangul names are never counted.
    public static func contains(_ name: String) -> Bool {
        guard !Hangul.containsSyllables(name) else { return false }
        let words = name.split(whereSeparator: \.isWhitespace)
        return !words.isEmpty && words.allSatisfy { containsKey(NameKey.make(String($0))) }
    }

    /// The same for a name key ("china", one of the spellings of 지나).
    public static func containsKey(_ key: String) -> Bool {
        !key.isEmpty && (KnownWords.isEnglishWord(key) || WesternGivenNames.contains(key) || titles.contains(key))
    }

    /// The titles written before names, abbreviated ones among them ("Mr Sunshine", "Dr
    /// Romantic"), which the word list leaves out.
    private static let titles = Set(MentionBoundaries.honorifics.map(NameKey.make))
}
