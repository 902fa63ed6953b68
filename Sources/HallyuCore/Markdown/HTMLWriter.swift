import Foundation

/// An HTML output buffer that escapes everything it is not told is markup.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    /// Markup written by the renderer itself.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// A line break, unless the output is empty or already ends with one (the reference
    /// renderer's layout, which the conformance tests compare against).
    mutating func newline() {
        if let last = bytes.last, last != Bytes.newline { bytes.append(Bytes.newline) }
    }

    /// Text or an attribute value, with `& < > "` escaped.
    mutating func escaped<S: Sequence>(_ utf8: S) where S.Element == UInt8 {
        for byte in utf8 {
            switch byte {
            case Bytes.ampersand: bytes.append(contentsOf: "&amp;".utf8)
            case Bytes.lessThan: bytes.append(contentsOf: "&lt;".utf8)
            case Bytes.greaterThan: bytes.append(contentsOf: "&gt;".utf8)
            case Bytes.quote: bytes.append(contentsOf: "&quot;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    mutating func escaped(_ text: String) { escaped(text.utf8) }

    /// Escaped text with Hangul runs wrapped in `<span lang="ko">`.
    mutating func textMarkingKorean(_ text: String) {
        guard HangulRuns.mayContainHangul(text) else { return escaped(text.utf8) }
        for segment in HangulRuns.segments(text) {
            if segment.isKorean { raw("<span lang=\"ko\">") }
            escaped(String(segment.text).utf8)
            if segment.isKorean { raw("</span>") }
        }
    }

    var string: String { Bytes.string(bytes) }
}
