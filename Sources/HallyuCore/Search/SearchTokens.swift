import Foundation

/// The words search indexes and looks for, made the same way for both databases: lower case,
/// accents folded, letters and digits only. Korean has no spaces inside words to split on and
/// attaches particles to names (송강이), so Hangul is indexed as overlapping pairs of syllables
/// (송강호 → 송강 강호): a two-syllable query then matches inside any longer word. A hyphenated
/// word is indexed as its parts and joined ("So-hee" → so, hee, sohee), so "Sohee" finds it.
public enum SearchTokens {
    /// A word of the text with where it is, in characters of the original string.
    public struct Word: Sendable, Equatable {
        public let range: Range<String.Index>
        /// The folded form of the word ("so-hee" → "sohee"; Hangul kept as written).
        public let folded: String
        public let isHangul: Bool
    }

    /// The tokens to index for a text, space-separated so that any tokenizer splitting on
    /// spaces (SQLite's unicode61, PostgreSQL's simple) reads back exactly these.
    public static func indexText(_ text: String) -> String {
        var tokens: [String] = []
        for word in words(in: text) {
            if word.isHangul {
                tokens += hangulPairs(word.folded)
            } else {
                let parts = word.folded.split(separator: "-").map(String.init).filter { !$0.isEmpty }
                tokens += parts
                if parts.count > 1 { tokens.append(parts.joined()) }
            }
        }
        return tokens.joined(separator: " ")
    }

    /// The words of a text: runs of letters and digits, with hyphens and apostrophes between
    /// letters kept inside ("Kang-ho", "Ji-soo's"); Hangul and other letters split apart.
    public static func words(in text: String) -> [Word] {
        var result: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard isWordCharacter(character) else {
                index = text.index(after: index)
                continue
            }
            let hangul = isHangul(character)
            let start = index
            var end = text.index(after: index)
            while end < text.endIndex {
                let next = text[end]
                if isWordCharacter(next) && isHangul(next) == hangul {
                    end = text.index(after: end)
                } else if !hangul, next == "-" || next == "'" || next == "\u{2019}",
                          case let after = text.index(after: end), after < text.endIndex,
                          isWordCharacter(text[after]), !isHangul(text[after]) {
                    end = after
                } else {
                    break
                }
            }
            result.append(Word(range: start..<end, folded: fold(text[start..<end], hangul: hangul), isHangul: hangul))
            index = end
        }
        return result
    }

    /// 송강호 → 송강, 강호; a single syllable stays as it is.
    public static func hangulPairs(_ word: String) -> [String] {
        let syllables = Array(word)
        guard syllables.count > 1 else { return [word] }
        return (0..<(syllables.count - 1)).map { String(syllables[$0...($0 + 1)]) }
    }

    /// Lower case, accents and apostrophes gone; hyphens kept to split on.
    static func fold(_ word: Substring, hangul: Bool) -> String {
        if hangul { return String(word) }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0 != "'" && $0 != "\u{2019}" }.map(Character.init))
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    static func isHangul(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { HangulSyllable($0) != nil } ?? false
    }
}
