import Foundation

/// The attributed-quote extension: a quote whose last line starts with "— " (or "-- ") names
/// its speaker, and that line becomes the caption instead of part of the quote.
enum Attribution {
    private static let emDash: [UInt8] = [0xE2, 0x80, 0x94, Bytes.space]
    private static let doubleHyphen: [UInt8] = [Bytes.hyphen, Bytes.hyphen, Bytes.space]

    /// Splits a paragraph's raw text into the text before its last line and the attribution
    /// that line carries, or nil when the last line is not an attribution.
    static func split(_ content: [UInt8]) -> (body: [UInt8], attribution: [UInt8])? {
        var end = content.count
        while end > 0 && Bytes.isWhitespace(content[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        let lineStart = (content[0..<end].lastIndex(of: Bytes.newline) ?? -1) + 1
        var textStart = lineStart
        while textStart < end && Bytes.isSpaceOrTab(content[textStart]) { textStart += 1 }
        let line = content[textStart..<end]
        let prefixLength: Int
        if line.starts(with: emDash) {
            prefixLength = emDash.count
        } else if line.starts(with: doubleHyphen) {
            prefixLength = doubleHyphen.count
        } else {
            return nil
        }
        return (Array(content[0..<lineStart]), Array(content[(textStart + prefixLength)..<end]))
    }
}
