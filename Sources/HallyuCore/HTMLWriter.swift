import Foundation

/// An HTML output buffer that escapes everything it is not told is markup: the Markdown
/// renderer's and the reader pages'.
public struct HTMLWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup written by the renderer itself.
    public mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// A line break, unless the output is empty or already ends with one (the reference
    /// renderer's layout, which the conformance tests compare against).
    mutating func newline() {
        if let last = bytes.last, last != Bytes.newline { bytes.append(Bytes.newline) }
    }

    /// Text or an attribute value, with `& < > "` escaped. Unescaped runs are copied in bulk.
    public mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let replacement: String
                switch utf8[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: replacement.utf8)
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }

    /// Escaped text with Hangul runs wrapped in `<span lang="ko">`.
    public mutating func textMarkingKorean(_ text: String) {
        guard HangulRuns.mayContainHangul(text) else { return escaped(text) }
        for segment in HangulRuns.segments(text) {
            if segment.isKorean { raw("<span lang=\"ko\">") }
            escaped(String(segment.text))
            if segment.isKorean { raw("</span>") }
        }
    }

    public var string: String { Bytes.string(bytes) }
}
