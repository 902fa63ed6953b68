import Foundation

/// Byte-level character classes. The parser works on UTF-8 bytes because every character with a
/// syntactic meaning in Markdown is ASCII, so slicing at those bytes never splits a character.
enum Bytes {
    // Computed rather than stored: stored statics are initialised lazily, and the check on every
    // read shows up in unoptimised builds, where tests run.
    static var newline: UInt8 { 0x0A }
    static var carriageReturn: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var tab: UInt8 { 0x09 }
    static var backslash: UInt8 { 0x5C }
    static var backtick: UInt8 { 0x60 }
    static var tilde: UInt8 { 0x7E }
    static var asterisk: UInt8 { 0x2A }
    static var underscore: UInt8 { 0x5F }
    static var hyphen: UInt8 { 0x2D }
    static var plus: UInt8 { 0x2B }
    static var equals: UInt8 { 0x3D }
    static var hash: UInt8 { 0x23 }
    static var pipe: UInt8 { 0x7C }
    static var colon: UInt8 { 0x3A }
    static var lessThan: UInt8 { 0x3C }
    static var greaterThan: UInt8 { 0x3E }
    static var openBracket: UInt8 { 0x5B }
    static var closeBracket: UInt8 { 0x5D }
    static var openParen: UInt8 { 0x28 }
    static var closeParen: UInt8 { 0x29 }
    static var bang: UInt8 { 0x21 }
    static var ampersand: UInt8 { 0x26 }
    static var quote: UInt8 { 0x22 }
    static var apostrophe: UInt8 { 0x27 }
    static var period: UInt8 { 0x2E }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Spaces, tabs and line endings: what CommonMark calls whitespace inside link syntax.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }

    /// True when `bytes[range]` contains only spaces, tabs and line endings.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if !isWhitespace(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// The range with leading and trailing whitespace removed.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower && isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Compares `bytes` at `index` with an ASCII word, ignoring case.
    static func hasPrefix(_ bytes: [UInt8], at index: Int, end: Int, caseInsensitive word: String) -> Bool {
        var position = index
        for expected in word.utf8 {
            guard position < end, lowercased(bytes[position]) == expected else { return false }
            position += 1
        }
        return true
    }
}
