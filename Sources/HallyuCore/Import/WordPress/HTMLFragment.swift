import Foundation

/// A node of post HTML as browsers would read it: lenient about what WordPress and its editors
/// write (unclosed paragraphs and list items, stray end tags, uppercase names), strict about
/// nothing, because a post that does not parse must still come across.
final class HTMLNode {
    enum Kind { case element, text, comment }

    let kind: Kind
    let name: String
    var attributes: [(name: String, value: String)]
    var text: String
    var children: [HTMLNode] = []

    init(element name: String, attributes: [(name: String, value: String)]) {
        kind = .element
        self.name = name
        self.attributes = attributes
        text = ""
    }

    init(text: String, kind: Kind = .text) {
        self.kind = kind
        name = ""
        attributes = []
        self.text = text
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    var classes: [Substring] { (attribute("class") ?? "").split(separator: " ") }

    /// The text of the node and everything in it.
    var textContent: String {
        kind == .text ? text : kind == .comment ? "" : children.map(\.textContent).joined()
    }

    /// The first element of that name at any depth, this one included.
    func first(_ element: String) -> HTMLNode? {
        if kind == .element && name == element { return self }
        for child in children {
            if let found = child.first(element) { return found }
        }
        return nil
    }

    /// The node written back as HTML, for what is kept as text.
    var outerHTML: String {
        switch kind {
        case .text: return text
        case .comment: return "<!--\(text)-->"
        case .element:
            let attributes = attributes.map { " \($0.name)=\"\($0.value.replacingOccurrences(of: "\"", with: "&quot;"))\"" }.joined()
            if HTMLFragment.voidElements.contains(name) { return "<\(name)\(attributes)>" }
            return "<\(name)\(attributes)>" + children.map(\.outerHTML).joined() + "</\(name)>"
        }
    }
}

/// Builds the node tree of an HTML fragment.
enum HTMLFragment {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp"]
    /// Elements that end an open paragraph, as in browsers.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]

    static func parse(_ html: String) -> [HTMLNode] {
        let root = HTMLNode(element: "#root", attributes: [])
        var stack = [root]
        let bytes = Array(html.utf8)
        var index = 0
        var textStart = 0

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            let text = decodeReferences(bytes, textStart..<end)
            if let last = stack.last!.children.last, last.kind == .text {
                last.text += text
            } else {
                stack.last!.children.append(HTMLNode(text: text))
            }
        }
        func close(_ name: String) {
            guard let position = stack.lastIndex(where: { $0.name == name }), position > 0 else { return }
            stack.removeSubrange(position...)
        }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if let end = commentEnd(bytes, index) {
                flushText(upTo: index)
                let body = String(decoding: bytes[(index + 4)..<(end - 3)], as: UTF8.self)
                stack.last!.children.append(HTMLNode(text: body, kind: .comment))
                index = end
                textStart = end
                continue
            }
            guard let tag = Tag.read(bytes, at: index) else {
                index += 1
                continue
            }
            flushText(upTo: index)
            index = tag.end
            textStart = tag.end
            if tag.isEnd {
                if tag.name == "p", !stack.contains(where: { $0.name == "p" }) {
                    stack.last!.children.append(HTMLNode(element: "p", attributes: []))  // as browsers do with a stray </p>
                }
                if tag.name == "br" { stack.last!.children.append(HTMLNode(element: "br", attributes: [])) }
                close(tag.name)
                continue
            }
            if closesParagraph.contains(tag.name), stack.last!.name == "p" { stack.removeLast() }
            if tag.name == "li" { closeOpen("li", within: ["ul", "ol"], stack: &stack) }
            if tag.name == "dt" || tag.name == "dd" { closeOpen(["dt", "dd"], within: ["dl"], stack: &stack) }
            if tag.name == "tr" { closeOpen("tr", within: ["table", "thead", "tbody", "tfoot"], stack: &stack) }
            if tag.name == "td" || tag.name == "th" { closeOpen(["td", "th"], within: ["tr", "table"], stack: &stack) }
            let node = HTMLNode(element: tag.name, attributes: tag.attributes)
            stack.last!.children.append(node)
            if rawTextElements.contains(tag.name) {
                let end = rawTextEnd(bytes, from: index, name: tag.name)
                if end.contentEnd > index {
                    node.children.append(HTMLNode(text: String(decoding: bytes[index..<end.contentEnd], as: UTF8.self)))
                }
                index = end.after
                textStart = end.after
            } else if !voidElements.contains(tag.name) && !tag.selfClosing {
                stack.append(node)
            }
        }
        flushText(upTo: bytes.count)
        return root.children
    }

    private static func closeOpen(_ name: String, within containers: Set<String>, stack: inout [HTMLNode]) {
        closeOpen([name], within: containers, stack: &stack)
    }

    /// Closes an open element of one of `names` unless a container of them is nearer.
    private static func closeOpen(_ names: Set<String>, within containers: Set<String>, stack: inout [HTMLNode]) {
        for position in stack.indices.reversed() where position > 0 {
            if containers.contains(stack[position].name) { return }
            if names.contains(stack[position].name) {
                stack.removeSubrange(position...)
                return
            }
        }
    }

    private static func commentEnd(_ bytes: [UInt8], _ index: Int) -> Int? {
        guard bytes.count - index >= 4, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"),
            bytes[index + 3] == UInt8(ascii: "-")
        else { return nil }
        var position = index + 4
        while position + 2 < bytes.count {
            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-"), bytes[position + 2] == UInt8(ascii: ">") {
                return position + 3
            }
            position += 1
        }
        return nil
    }

    private static func rawTextEnd(_ bytes: [UInt8], from start: Int, name: String) -> (contentEnd: Int, after: Int) {
        let closing = Array("</\(name)".utf8)
        var position = start
        while position + closing.count <= bytes.count {
            var matches = true
            for offset in 0..<closing.count where (bytes[position + offset] | (offset > 1 ? 0x20 : 0)) != closing[offset] {
                matches = false
                break
            }
            if matches {
                var after = position + closing.count
                while after < bytes.count && bytes[after] != UInt8(ascii: ">") { after += 1 }
                return (position, min(after + 1, bytes.count))
            }
            position += 1
        }
        return (bytes.count, bytes.count)
    }

    /// Text with its character references resolved; an `&` that starts none stays.
    static func decodeReferences(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"), let reference = CharacterReferences.decode(bytes, at: index, end: range.upperBound) {
                output.append(contentsOf: reference.value)
                index += reference.length
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A start or end tag at `<`.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var isEnd: Bool
        var selfClosing: Bool
        var end: Int

        static func read(_ bytes: [UInt8], at start: Int) -> Tag? {
            var position = start + 1
            let isEnd = position < bytes.count && bytes[position] == UInt8(ascii: "/")
            if isEnd { position += 1 }
            let nameStart = position
            guard position < bytes.count, isLetter(bytes[position]) else { return nil }
            while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
            var attributes: [(name: String, value: String)] = []
            var selfClosing = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ">") {
                    return Tag(name: name, attributes: attributes, isEnd: isEnd, selfClosing: selfClosing, end: position + 1)
                }
                if byte == UInt8(ascii: "<") { return nil }
                if byte == UInt8(ascii: "/") {
                    selfClosing = true
                    position += 1
                    continue
                }
                if isSpace(byte) {
                    position += 1
                    continue
                }
                selfClosing = false
                let attributeStart = position
                while position < bytes.count, !isSpace(bytes[position]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[position])
                {
                    position += 1
                }
                let attribute = String(decoding: bytes[attributeStart..<position], as: UTF8.self).lowercased()
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    guard position < bytes.count else { return nil }
                    let quote = bytes[position]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let valueStart = position + 1
                        guard let close = bytes[valueStart...].firstIndex(of: quote) else { return nil }
                        value = decodeReferences(bytes, valueStart..<close)
                        position = close + 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                        value = decodeReferences(bytes, valueStart..<position)
                    }
                }
                if !attribute.isEmpty { attributes.append((attribute, value)) }
            }
            return nil
        }

        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        private static func isNameByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        }
        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
    }
}
