import Foundation

extension InlineParser {
    /// `[[Name]]` or `[[Name|text]]` at the current `[`; returns the position after `]]`.
    ///
    /// The whole link must sit on one line and contain no other brackets; otherwise the `[` is
    /// an ordinary bracket. Each attempt scans only up to the next bracket or line ending, so
    /// attempts never overlap and long runs of `[[` stay linear.
    mutating func entityLink() -> Int? {
        let contentStart = position + 2
        guard contentStart < end, subject[position + 1] == Bytes.openBracket else { return nil }
        var index = contentStart
        var pipe: Int?
        while index < end {
            let byte = subject[index]
            if byte == Bytes.closeBracket || byte == Bytes.openBracket || byte == Bytes.newline { break }
            if byte == Bytes.pipe && pipe == nil { pipe = index }
            index += 1
        }
        guard index + 1 < end, subject[index] == Bytes.closeBracket, subject[index + 1] == Bytes.closeBracket
        else { return nil }
        let target = Self.collapsedWhitespace(Bytes.string(subject, contentStart..<(pipe ?? index)))
        guard !target.isEmpty else { return nil }
        var text = target
        if let pipe {
            let label = Bytes.trimmed(subject, (pipe + 1)..<index)
            let decoded = Bytes.string(CharacterReferences.unescape(subject, label))
            if !decoded.isEmpty { text = decoded }
        }
        tree.append(.entityLink(tree.payload(target, text)))
        return index + 2
    }

    private static func collapsedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
