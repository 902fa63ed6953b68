import Foundation

/// The seven kinds of HTML block and their end conditions. HTML blocks are still recognised so
/// that the block structure matches CommonMark, but their text is shown escaped, never as HTML.
enum HTMLBlockStart {
    private static let literalTextTags = ["script", "pre", "textarea", "style"]

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The block type (1...7) that starts at the `<` at `index`, if any. Type 7 may not interrupt
    /// a paragraph, so the caller says whether one is open.
    static func type(_ line: [UInt8], at index: Int, interruptsParagraph: Bool) -> Int? {
        let end = line.count
        guard index + 1 < end, line[index] == Bytes.lessThan else { return nil }
        if let name = RawHTMLScanner.tagNameText(line, index + 1, end: end), literalTextTags.contains(name) {
            let after = index + 1 + name.utf8.count
            if after == end || Bytes.isSpaceOrTab(line[after]) || line[after] == Bytes.greaterThan { return 1 }
        }
        if Bytes.hasPrefix(line, at: index, end: end, caseInsensitive: "<!--") { return 2 }
        if line[index + 1] == UInt8(ascii: "?") { return 3 }
        if line[index...].starts(with: "<![CDATA[".utf8) { return 5 }
        if line[index + 1] == Bytes.bang && index + 2 < end && Bytes.isLetter(line[index + 2]) { return 4 }
        let nameStart = line[index + 1] == UInt8(ascii: "/") ? index + 2 : index + 1
        if let name = RawHTMLScanner.tagNameText(line, nameStart, end: end), blockTags.contains(name) {
            let after = nameStart + name.utf8.count
            if after == end || Bytes.isSpaceOrTab(line[after]) || line[after] == Bytes.greaterThan
                || (line[after] == UInt8(ascii: "/") && after + 1 < end && line[after + 1] == Bytes.greaterThan)
            {
                return 6
            }
        }
        guard !interruptsParagraph else { return nil }
        let tagEnd: Int?
        if line[index + 1] == UInt8(ascii: "/") {
            tagEnd = RawHTMLScanner.closingTag(line, index, end: end)
        } else if let name = RawHTMLScanner.tagNameText(line, index + 1, end: end), !literalTextTags.contains(name) {
            tagEnd = RawHTMLScanner.openTag(line, index, end: end)
        } else {
            tagEnd = nil
        }
        guard let after = tagEnd, line[after...].allSatisfy(Bytes.isSpaceOrTab) else { return nil }
        return 7
    }

    /// Whether `line[start...]` meets the end condition of block types 1 to 5.
    static func isEnd(of type: Int, _ line: [UInt8], from start: Int) -> Bool {
        let end = line.count
        switch type {
        case 1:
            var index = start
            while index + 1 < end {
                if line[index] == Bytes.lessThan && line[index + 1] == UInt8(ascii: "/") {
                    for name in literalTextTags
                    where Bytes.hasPrefix(line, at: index + 2, end: end, caseInsensitive: name + ">") {
                        return true
                    }
                }
                index += 1
            }
            return false
        case 2: return contains("-->", line, from: start)
        case 3: return contains("?>", line, from: start)
        case 4: return contains(">", line, from: start)
        case 5: return contains("]]>", line, from: start)
        default: return false
        }
    }

    private static func contains(_ needle: String, _ line: [UInt8], from start: Int) -> Bool {
        let pattern = Array(needle.utf8)
        guard start + pattern.count <= line.count else { return false }
        var index = start
        while index + pattern.count <= line.count {
            if line[index] == pattern[0] && line[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
