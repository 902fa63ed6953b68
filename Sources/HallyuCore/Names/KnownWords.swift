import Foundation

/// Words that are not names in English-language K-entertainment writing: the 30,000 commonest
/// English words, Korean places, Korean words written in English (oppa, sageuk), and the words of
/// broadcasters', streamers', awards', music shows' and charts' names. The name check takes none
/// of them, nor a run of them ("Chose A", "In My"), for a misspelt name: "Seoul" is not a slip
/// for an idol called Seoyul, nor a sentence's first "Drama" one for a channel called DramaX.
public enum KnownWords {
    /// Whether `word` (as written: any capitals, a possessive "’s" or "'s", accents) is known.
    public static func contains(_ word: some StringProtocol) -> Bool {
        let key = key(word)
        return lexicon.words.contains(key) || withoutContraction(key).map(lexicon.words.contains) ?? false
    }

    /// "you" of "you're", "i" of "i've", "could" of "couldn't": the list has no contractions.
    static func withoutContraction(_ key: String) -> String? {
        for ending in ["n't", "'re", "'ve", "'ll", "'d", "'m"] where key.hasSuffix(ending) && key.count > ending.count {
            return String(key.dropLast(ending.count))
        }
        return nil
    }

    /// Whether `word` is one of the commonest English words, leaving out the Korean lexicon:
    /// a broadcaster's or a place's name is known, but it is a name all the same.
    public static func isEnglishWord(_ word: some StringProtocol) -> Bool {
        english.contains(key(word))
    }

    /// Whether `phrase`, words separated by single spaces, is a known name of several words
    /// ("Baeksang Arts Awards", "Cheong Wa Dae"), whose words alone may be names.
    public static func containsPhrase(_ phrase: some StringProtocol) -> Bool {
        lexicon.phrases.contains(key(phrase))
    }

    /// How a word is compared: lowercase, accents and a possessive ending dropped, curly
    /// apostrophes made straight.
    static func key(_ word: some StringProtocol) -> String {
        var text = word.lowercased()
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { text.removeLast(2) }
        // Most words are plain ASCII: Foundation's folding is for the few that are not.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.replacingOccurrences(of: "\u{2019}", with: "'").folding(options: .diacriticInsensitive, locale: nil)
    }

    private static let english = Set(EnglishWords.byFrequency.split(separator: "\n").map { key($0) })

    private static let lexicon: (words: Set<String>, phrases: Set<String>) = {
        var words = english
        var phrases = Set<String>()
        // "Jung District", "Suji District": the place is already there as "Jung-gu", and the
        // bare "Jung" or "Suji" is somebody's name.
        let generic: Set<Substring> = ["District", "County", "City", "Province", "Island"]
        func add(_ names: Substring) {
            for name in names.split(separator: ",") {
                let parts = name.split(separator: " ")
                if parts.count > 1, let last = parts.last, generic.contains(last) { continue }
                // One word (a hyphenated one whole: "Jung-gu"), or a phrase whose words are not
                // known one by one: "Cheong" of Cheong Wa Dae may be part of a name.
                if parts.count == 1 { words.insert(key(name)) } else { phrases.insert(key(parts.joined(separator: " "))) }
            }
        }
        func rows(_ table: String) -> [[Substring]] {
            table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        // Places and media: the name and its other spellings; loanwords: the word and its.
        for row in rows(KoreanLexicon.places) + rows(KoreanLexicon.media) where row.count >= 4 {
            add(row[0])
            add(row[3])
        }
        for row in rows(KoreanLexicon.loanwords) where row.count >= 3 {
            add(row[0])
            add(row[2])
        }
        return (words, phrases)
    }()
}
