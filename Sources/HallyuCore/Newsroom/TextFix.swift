/// A one-click fix from the editor's side panel: put `replacement` where `expected` was found.
public struct TextFix: Sendable, Equatable {
    public var utf8Start: Int
    public var utf8End: Int
    public var expected: String
    public var replacement: String

    public init(utf8Start: Int, utf8End: Int, expected: String, replacement: String) {
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.expected = expected
        self.replacement = replacement
    }

    /// A form button's value: `start:end:expected→replacement`, the way the page writes it.
    public init?(formValue: String) {
        let parts = formValue.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let start = Int(parts[0]), let end = Int(parts[1]), start >= 0, end >= start,
            let arrow = parts[2].range(of: "→")
        else { return nil }
        self.init(
            utf8Start: start, utf8End: end, expected: String(parts[2][..<arrow.lowerBound]),
            replacement: String(parts[2][arrow.upperBound...]))
    }

    public var formValue: String { "\(utf8Start):\(utf8End):\(expected)→\(replacement)" }

    /// The text with the fix made; nil when the text no longer holds `expected` at that place
    /// (it was edited since the warning was shown), so nothing is replaced blindly.
    public func apply(to text: String) -> String? {
        let bytes = Array(text.utf8)
        guard utf8End <= bytes.count, Array(bytes[utf8Start..<utf8End]) == Array(expected.utf8) else { return nil }
        return String(decoding: bytes[..<utf8Start] + Array(replacement.utf8) + bytes[utf8End...], as: UTF8.self)
    }
}
