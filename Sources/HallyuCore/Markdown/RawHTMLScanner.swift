import Foundation

/// Recognises HTML tags by the spec's grammar. They are never output as HTML, but recognising
/// them keeps CommonMark's precedence: `*` inside `<a title="*">` is not emphasis.
struct RawHTMLScanner {
    /// Where a search for a terminator (`-->`, `?>`, `]]>`, `>`) started and what it found, so
    /// that many unterminated `<!--` cannot each rescan the rest of the paragraph.
    private var memo: [String: (start: Int, found: Int?)] = [:]

    /// Any HTML tag at the `<` at `index`; returns the position after it.
    mutating func tag(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard index + 1 < end else { return nil }
        switch bytes[index + 1] {
        case Bytes.bang:
            if Bytes.hasPrefix(bytes, at: index, end: end, caseInsensitive: "<!--") {
                let afterOpen = index + 4
                if afterOpen < end && bytes[afterOpen] == Bytes.greaterThan { return afterOpen + 1 }
                if afterOpen + 1 < end && bytes[afterOpen] == Bytes.hyphen && bytes[afterOpen + 1] == Bytes.greaterThan {
                    return afterOpen + 2
                }
                return find("-->", in: bytes, from: afterOpen, end: end)
            }
            if index + 9 <= end && Array(bytes[index..<(index + 9)]) == Array("<![CDATA[".utf8) {
                return find("]]>", in: bytes, from: index + 9, end: end)
            }
            guard index + 2 < end, Bytes.isLetter(bytes[index + 2]) else { return nil }
            return find(">", in: bytes, from: index + 3, end: end)
        case UInt8(ascii: "?"):
            return find("?>", in: bytes, from: index + 2, end: end)
        case UInt8(ascii: "/"):
            return Self.closingTag(bytes, index, end: end)
        default:
            return Self.openTag(bytes, index, end: end)
        }
    }

    private mutating func find(_ terminator: String, in bytes: [UInt8], from start: Int, end: Int) -> Int? {
        if let previous = memo[terminator], previous.start <= start {
            guard let found = previous.found else { return nil }
            if found >= start { return found + terminator.utf8.count }
        }
        let pattern = Array(terminator.utf8)
        var position = start
        var found: Int?
        while position + pattern.count <= end {
            if bytes[position] == pattern[0] && Array(bytes[position..<(position + pattern.count)]) == pattern {
                found = position
                break
            }
            position += 1
        }
        memo[terminator] = (start, found)
        return found.map { $0 + pattern.count }
    }

    /// `<name attr="value" />`: returns the position after `>`.
    static func openTag(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard var position = tagName(bytes, index + 1, end: end) else { return nil }
        while true {
            let afterSpace = skipSpace(bytes, position, end: end)
            if afterSpace > position, afterSpace < end, isAttributeNameStart(bytes[afterSpace]) {
                position = afterSpace + 1
                while position < end && isAttributeNameByte(bytes[position]) { position += 1 }
                let beforeEquals = skipSpace(bytes, position, end: end)
                if beforeEquals < end && bytes[beforeEquals] == Bytes.equals {
                    guard let afterValue = attributeValue(bytes, skipSpace(bytes, beforeEquals + 1, end: end), end: end)
                    else { return nil }
                    position = afterValue
                }
                continue
            }
            var closing = afterSpace
            if closing < end && bytes[closing] == UInt8(ascii: "/") { closing += 1 }
            return closing < end && bytes[closing] == Bytes.greaterThan ? closing + 1 : nil
        }
    }

    /// `</name>`: returns the position after `>`.
    static func closingTag(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "/"),
            let afterName = tagName(bytes, index + 2, end: end)
        else { return nil }
        let position = skipSpace(bytes, afterName, end: end)
        return position < end && bytes[position] == Bytes.greaterThan ? position + 1 : nil
    }

    /// The tag name starting at `index`, lowercased, with the position after it.
    static func tagNameText(_ bytes: [UInt8], _ index: Int, end: Int) -> String? {
        guard let afterName = tagName(bytes, index, end: end) else { return nil }
        return Bytes.string(bytes, index..<afterName).lowercased()
    }

    private static func tagName(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard index < end, Bytes.isLetter(bytes[index]) else { return nil }
        var position = index + 1
        while position < end && (Bytes.isAlphanumeric(bytes[position]) || bytes[position] == Bytes.hyphen) {
            position += 1
        }
        return position
    }

    /// Spaces, tabs and up to one line ending.
    private static func skipSpace(_ bytes: [UInt8], _ index: Int, end: Int) -> Int {
        LinkScanners.skipSpacesAndNewline(bytes, index, end: end)
    }

    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte == Bytes.underscore || byte == Bytes.colon
    }

    private static func isAttributeNameByte(_ byte: UInt8) -> Bool {
        Bytes.isAlphanumeric(byte) || byte == Bytes.underscore || byte == Bytes.colon
            || byte == Bytes.period || byte == Bytes.hyphen
    }

    private static func attributeValue(_ bytes: [UInt8], _ index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        let first = bytes[index]
        if first == Bytes.quote || first == Bytes.apostrophe {
            var position = index + 1
            while position < end && bytes[position] != first { position += 1 }
            return position < end ? position + 1 : nil
        }
        var position = index
        while position < end {
            switch bytes[position] {
            case Bytes.space, Bytes.tab, Bytes.newline, Bytes.carriageReturn, Bytes.quote, Bytes.apostrophe,
                Bytes.equals, Bytes.lessThan, Bytes.greaterThan, Bytes.backtick:
                return position > index ? position : nil
            default:
                position += 1
            }
        }
        return position > index ? position : nil
    }
}
