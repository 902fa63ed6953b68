import Foundation

/// The pieces of link syntax shared by inline links and link reference definitions.
/// Every scanner is bounded so that a failed attempt cannot rescan the rest of the input.
enum LinkScanners {
    /// Maximum characters in a link label, from the spec.
    static let maximumLabelLength = 999
    /// Deepest nesting of parentheses in a bare destination. Deeper fails at once: each failed
    /// `](` would otherwise scan to the end of the paragraph, making `[a](b` repeated quadratic.
    static let maximumParenthesisDepth = 32

    /// Skips spaces and tabs, at most one line ending, then spaces and tabs again.
    static func skipSpacesAndNewline(_ bytes: [UInt8], _ index: Int, end: Int) -> Int {
        var position = index
        while position < end && Bytes.isSpaceOrTab(bytes[position]) { position += 1 }
        if position < end && bytes[position] == Bytes.newline {
            position += 1
            while position < end && Bytes.isSpaceOrTab(bytes[position]) { position += 1 }
        }
        return position
    }

    /// A `[label]` at `index`: returns the position after `]`, or nil.
    /// Labels cannot contain unescaped brackets and hold at most 999 characters.
    static func label(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard index < end, bytes[index] == Bytes.openBracket else { return nil }
        var position = index + 1
        var characters = 0
        while position < end {
            let byte = bytes[position]
            if byte == Bytes.closeBracket { return position + 1 }
            if byte == Bytes.openBracket { return nil }
            if byte == Bytes.backslash && position + 1 < end && Bytes.isASCIIPunctuation(bytes[position + 1]) {
                position += 2
                characters += 2
            } else {
                if byte & 0xC0 != 0x80 { characters += 1 }
                position += 1
            }
            if characters > maximumLabelLength { return nil }
        }
        return nil
    }

    /// A link destination at `index`: `<...>` or a bare run with balanced parentheses.
    /// Returns the destination's raw byte range and the position after it.
    static func destination(_ bytes: [UInt8], _ index: Int, end: Int, allowEmpty: Bool) -> (Range<Int>, Int)? {
        guard index <= end else { return nil }
        if index < end && bytes[index] == Bytes.lessThan {
            var position = index + 1
            while position < end {
                let byte = bytes[position]
                if byte == Bytes.greaterThan { return ((index + 1)..<position, position + 1) }
                if byte == Bytes.lessThan || byte == Bytes.newline { return nil }
                if byte == Bytes.backslash && position + 1 < end && Bytes.isASCIIPunctuation(bytes[position + 1]) {
                    position += 1
                }
                position += 1
            }
            return nil
        }
        var position = index
        var depth = 0
        while position < end {
            let byte = bytes[position]
            if byte == Bytes.backslash && position + 1 < end && Bytes.isASCIIPunctuation(bytes[position + 1]) {
                position += 2
            } else if byte == Bytes.openParen {
                depth += 1
                if depth > maximumParenthesisDepth { return nil }
                position += 1
            } else if byte == Bytes.closeParen {
                if depth == 0 { break }
                depth -= 1
                position += 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            } else {
                position += 1
            }
        }
        guard depth == 0 else { return nil }
        guard position > index || allowEmpty else { return nil }
        return (index..<position, position)
    }

    /// A link title at `index` in `"..."`, `'...'` or `(...)`. Returns the raw inner range and the
    /// position after the closing delimiter.
    static func title(_ bytes: [UInt8], _ index: Int, end: Int) -> (Range<Int>, Int)? {
        guard index < end else { return nil }
        let closing: UInt8
        switch bytes[index] {
        case Bytes.quote: closing = Bytes.quote
        case Bytes.apostrophe: closing = Bytes.apostrophe
        case Bytes.openParen: closing = Bytes.closeParen
        default: return nil
        }
        var position = index + 1
        while position < end {
            let byte = bytes[position]
            if byte == closing { return ((index + 1)..<position, position + 1) }
            if closing == Bytes.closeParen && byte == Bytes.openParen { return nil }
            if byte == Bytes.backslash && position + 1 < end && Bytes.isASCIIPunctuation(bytes[position + 1]) {
                position += 1
            }
            position += 1
        }
        return nil
    }

    /// Normalises a label for matching: Unicode case fold, whitespace runs collapsed to one space.
    static func normalisedLabel(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(range.count)
        var pendingSpace = false
        for index in range {
            let byte = bytes[index]
            if Bytes.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(Bytes.space) }
                pendingSpace = false
                collapsed.append(byte)
            }
        }
        // Stands in for Unicode case folding: lowercasing then uppercasing sends "ẞ", "ß" and "SS"
        // to the same "SS", and both Greek sigmas to "Σ", as the spec's examples require.
        return Bytes.string(collapsed).lowercased().uppercased()
    }
}
