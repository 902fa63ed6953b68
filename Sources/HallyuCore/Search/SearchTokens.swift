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
        spans(in: text).map { Word(range: $0.range, folded: fold(text[$0.range], hangul: $0.isHangul), isHangul: $0.isHangul) }
    }

    /// Where the words are, without folding them: for callers that fold only the few they need.
    static func spans(in text: String) -> [(range: Range<String.Index>, isHangul: Bool)] {
        var result: [(range: Range<String.Index>, isHangul: Bool)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let here = CharacterClass(text, at: index)
            guard here.isWord else {
                index = here.next
                continue
            }
            let start = index
            var end = here.next
            while end < text.endIndex {
                let next = CharacterClass(text, at: end)
                if next.isWord && next.isHangul == here.isHangul {
                    end = next.next
                } else if !here.isHangul, next.isJoiner, next.next < text.endIndex,
                    case let after = CharacterClass(text, at: next.next), after.isWord, !after.isHangul
                {
                    end = next.next
                } else {
                    break
                }
            }
            result.append((start..<end, here.isHangul))
            index = end
        }
        return result
    }

    /// What the character at an index is, and where the next one starts. A character that is
    /// one ASCII byte (the next byte is ASCII too, so nothing combines with it) is read from the
    /// byte; walking an English article by `Character` and asking Unicode's tables was most of
    /// the time a search spent cutting snippets.
    private struct CharacterClass {
        let isWord: Bool
        let isHangul: Bool
        /// A hyphen or apostrophe, which may join the letters on either side.
        let isJoiner: Bool
        let next: String.Index

        init(_ text: String, at index: String.Index) {
            let utf8 = text.utf8
            let byte = utf8[index]
            if byte < 0x80 {
                let after = utf8.index(after: index)
                if after == utf8.endIndex || utf8[after] < 0x80 {
                    isWord = SearchTokens.isASCIIWordByte(byte)
                    isHangul = false
                    isJoiner = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
                    next = after
                    return
                }
            }
            let character = text[index]
            isWord = SearchTokens.isWordCharacter(character)
            isHangul = SearchTokens.isHangul(character)
            isJoiner = character == "-" || character == "'" || character == "\u{2019}"
            next = text.index(after: index)
        }
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
        // Most words are plain ASCII, where folding is lower-casing: done on bytes, it spares
        // Foundation's folding for nearly every word of an English article.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(
                decoding: word.utf8.compactMap { byte -> UInt8? in
                    byte == UInt8(ascii: "'") ? nil : (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                }, as: UTF8.self)
        }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0 != "'" && $0 != "\u{2019}" }.map(Character.init))
    }

    // ASCII is answered from the byte: asking Unicode's tables for every character of an
    // English article was most of the time a search spent cutting snippets.
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isASCIIWordByte(ascii) }
        return character.isLetter || character.isNumber
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isHangul(_ character: Character) -> Bool {
        if character.asciiValue != nil { return false }
        return character.unicodeScalars.first.map { HangulSyllable($0) != nil } ?? false
    }
}
