import Foundation

/// A WordPress post's content (classic HTML, or the block editor's HTML with its `<!-- wp: -->`
/// comments) written as Hallyu Markdown wherever Markdown can say it. What it cannot say is kept
/// as escaped text — never as HTML, never dropped — and named in `notes` for the import report.
public struct WordPressContent: Sendable {
    public var markdown: String
    /// What was kept as text or lost its formatting, each once, in order of first appearance.
    public var notes: [String]

    /// `address` rewrites link and image addresses (uploads to the media library, old post links
    /// to new pages); it receives each address as written.
    public static func markdown(
        from content: String, address: @escaping (String) -> String = { $0 }
    ) -> WordPressContent {
        let expanded = WordPressShortcodes.expand(content)
        let isBlockEditor = content.contains("<!-- wp:")
        var writer = WordPressMarkdownWriter(keepsLineBreaks: !isBlockEditor, address: address)
        for name in expanded.unknown { writer.note("the shortcode [\(name)], kept as text") }
        let blocks = writer.blocks(HTMLFragment.parse(expanded.html))
        return WordPressContent(markdown: blocks.joined(separator: "\n\n"), notes: writer.notes)
    }
}

/// Walks the node tree, block by block.
struct WordPressMarkdownWriter {
    /// Classic posts break lines where the writer pressed Enter (WordPress's `wpautop`); the
    /// block editor's HTML wraps lines anywhere.
    let keepsLineBreaks: Bool
    let address: (String) -> String
    private(set) var notes: [String] = []

    init(keepsLineBreaks: Bool, address: @escaping (String) -> String) {
        self.keepsLineBreaks = keepsLineBreaks
        self.address = address
    }

    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    private static let paragraphBreak = "\u{1}"

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "hr", "details", "summary", "fieldset",
    ]
    /// What Markdown has no words for and a reader must never run: kept as the text of its HTML.
    static let keptAsText: Set<String> = [
        "script", "style", "iframe", "object", "embed", "form", "input", "button", "select", "textarea", "video",
        "audio", "canvas", "svg", "noscript", "applet", "frameset", "frame", "link", "meta", "base", "template",
    ]

    // MARK: Blocks

    mutating func blocks(_ nodes: [HTMLNode]) -> [String] {
        var output: [String] = []
        var inline: [HTMLNode] = []
        func flush(_ writer: inout WordPressMarkdownWriter) {
            output += writer.paragraphs(inline)
            inline = []
        }
        for node in nodes {
            if node.kind == .comment {
                flush(&self)
                blockComment(node.text)
            } else if node.kind == .element && (Self.blockElements.contains(node.name) || Self.keptAsText.contains(node.name)) {
                flush(&self)
                output += block(node)
            } else {
                inline.append(node)
            }
        }
        flush(&self)
        return output
    }

    /// Inline content as paragraphs: blank lines in a classic post separate them.
    private mutating func paragraphs(_ nodes: [HTMLNode]) -> [String] {
        guard !nodes.isEmpty else { return [] }
        if let only = lone(nodes), only.kind == .element, only.name == "img" || only.name == "a" && only.first("img") != nil {
            return [inline([only])]
        }
        let text = inline(nodes)
        return text.components(separatedBy: Self.paragraphBreak).compactMap { part in
            let trimmed = trimLines(part)
            guard !trimmed.isEmpty else { return nil }
            if let url = bareAddress(trimmed) { return url }
            return trimmed
        }
    }

    private mutating func block(_ node: HTMLNode) -> [String] {
        if node.attribute("style") != nil { note("inline styles (style=\"…\"), not carried") }
        switch node.name {
        case "p":
            return paragraphs(node.children)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(node.name.dropFirst())) ?? 2
            let text = oneLine(inline(node.children))
            return text.isEmpty ? [] : [String(repeating: "#", count: level) + " " + text]
        case "ul", "ol":
            return list(node)
        case "blockquote":
            return quote(node)
        case "figure":
            return figure(node)
        case "table":
            return table(node).map { [$0] } ?? []
        case "pre":
            let language = node.first("code")?.classes.first { $0.hasPrefix("language-") }?.dropFirst(9)
            return [fenced(node.textContent, language: language.map(String.init) ?? "")]
        case "hr":
            return ["---"]
        case "dt":
            let text = oneLine(inline(node.children))
            return text.isEmpty ? [] : ["**\(text)**"]
        case "li", "dd", "figcaption", "td", "th", "tr", "thead", "tbody", "tfoot", "summary":
            return blocks(node.children)
        default:
            if Self.keptAsText.contains(node.name) { return [keptAsText(node)] }
            if node.name != "div" && node.name != "section" && node.name != "article" { note("<\(node.name)> layout, its text kept") }
            return blocks(node.children)
        }
    }

    /// A block comment with no HTML of its own (`<!-- wp:latest-posts /-->`) is filled in by
    /// WordPress when a page is viewed, so there is nothing here to carry.
    private mutating func blockComment(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("wp:"), trimmed.hasSuffix("/") else { return }
        let name = trimmed.dropFirst(3).prefix { !$0.isWhitespace && $0 != "/" }
        guard !["more", "nextpage", "spacer", "separator"].contains(name) else { return }
        note("the block wp:\(name), which WordPress fills in when a page is viewed; not carried")
    }

    private mutating func list(_ node: HTMLNode) -> [String] {
        let ordered = node.name == "ol"
        var number = Int(node.attribute("start") ?? "") ?? 1
        var items: [[String]] = []
        var markers: [String] = []
        for child in node.children {
            if child.kind == .comment || child.kind == .text && child.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
            let content = child.kind == .element && child.name == "li" ? blocks(child.children) : blocks([child])
            markers.append(ordered ? "\(number). " : "- ")
            number += 1
            items.append(content.isEmpty ? [""] : content)
        }
        guard !items.isEmpty else { return [] }
        let tight = items.allSatisfy { $0.count == 1 || ($0.count == 2 && Self.isList($0[1])) }
        let written = zip(markers, items).map { marker, content -> String in
            let indent = String(repeating: " ", count: marker.count)
            let body = content.joined(separator: tight ? "\n" : "\n\n")
            return marker
                + body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : $0.element.isEmpty ? "" : indent + $0.element }
                .joined(separator: "\n")
        }
        return [written.joined(separator: tight ? "\n" : "\n\n")]
    }

    /// `<cite>` becomes the attribution line Hallyu shows under a pull quote.
    private mutating func quote(_ node: HTMLNode) -> [String] {
        var citation = ""
        let content = node.children.filter { child in
            guard child.kind == .element, child.name == "cite" || child.name == "footer" else { return true }
            citation = oneLine(inline(child.children))
            return false
        }
        var inner = blocks(content)
        // A last paragraph that is an attribution ("— Name") is one already: it joins the quote's
        // last line, the one form Hallyu writes it in.
        if citation.isEmpty, inner.count >= 2, let last = inner.last, last.hasPrefix("— "), !last.contains("\n") {
            inner.removeLast()
            inner[inner.count - 1] += "\n" + last
        }
        if !citation.isEmpty {
            let attribution = "— " + citation.drop { $0 == "—" || $0 == "-" || $0 == " " }
            if inner.isEmpty { inner = [attribution] } else { inner[inner.count - 1] += "\n" + attribution }
        }
        guard !inner.isEmpty else { return [] }
        return [
            inner.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        ]
    }

    /// An image with its caption, an embed with its address, or a table with its caption.
    private mutating func figure(_ node: HTMLNode) -> [String] {
        let caption = node.first("figcaption").map { oneLine(inline($0.children)) } ?? ""
        var output: [String]
        if node.classes.contains(where: { $0.hasPrefix("wp-block-embed") }) || node.first("iframe") != nil && node.first("img") == nil {
            let wrapped = node.children.filter { $0.name != "figcaption" }
            if let url = wrapped.compactMap({ embedAddress($0) }).first {
                output = [url]
            } else {
                output = blocks(wrapped)
            }
        } else if let table = node.first("table") {
            output = self.table(table).map { [$0] } ?? []
        } else if let image = node.first("img") {
            let link = node.first("a")
            output = [inline([link?.first("img") === image ? link! : image])]
        } else {
            output = blocks(node.children.filter { $0.name != "figcaption" })
        }
        if !caption.isEmpty { output.append(delimited(caption, "*")) }
        return output
    }

    private func embedAddress(_ node: HTMLNode) -> String? {
        if node.kind == .element, node.name == "iframe", let source = node.attribute("src") { return Self.watchAddress(source) }
        let text = node.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        return bareAddress(text)
    }

    /// A player's address (`youtube.com/embed/ID`) as the page readers know, which Hallyu
    /// turns back into its click-to-load player.
    static func watchAddress(_ source: String) -> String? {
        let address = source.hasPrefix("//") ? "https:" + source : source
        guard WebAddress.isLinkable(address), let url = URL(string: address), let host = url.host?.lowercased() else { return nil }
        let path = url.path.split(separator: "/")
        if host.hasSuffix("youtube.com") || host.hasSuffix("youtube-nocookie.com"), path.count == 2, path[0] == "embed" {
            return "https://www.youtube.com/watch?v=\(path[1])"
        }
        return Embed.recognise(address).provider == .link ? nil : address
    }

    private mutating func table(_ node: HTMLNode) -> String? {
        var rows: [[String]] = []
        func collect(_ node: HTMLNode, _ writer: inout WordPressMarkdownWriter) {
            for child in node.children where child.kind == .element {
                if child.name == "tr" {
                    rows.append(
                        child.children.filter { $0.name == "td" || $0.name == "th" }.map {
                            Self.escapingPipes(writer.oneLine(writer.inline($0.children)))
                        })
                } else if child.name != "table" {
                    collect(child, &writer)
                }
            }
        }
        collect(node, &self)
        rows = rows.filter { !$0.isEmpty }
        guard let columns = rows.map(\.count).max(), columns > 0 else { return nil }
        let padded = rows.map { $0 + Array(repeating: "", count: columns - $0.count) }
        let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
        return ([line(padded[0]), line(Array(repeating: "---", count: columns))] + padded.dropFirst().map(line)).joined(separator: "\n")
    }

    /// A cell's pipes escaped, those inside code spans too, as GFM tables need.
    private static func escapingPipes(_ cell: String) -> String {
        var output = ""
        var escaped = false
        for character in cell {
            if character == "|" && !escaped { output += "\\" }
            output.append(character)
            escaped = character == "\\" && !escaped
        }
        return output
    }

    private mutating func keptAsText(_ node: HTMLNode) -> String {
        if node.name == "iframe", let source = node.attribute("src"), let address = Self.watchAddress(source) { return address }
        let host = node.attribute("src").flatMap { URL(string: $0.hasPrefix("//") ? "https:" + $0 : $0)?.host }
        note("<\(node.name)>" + (host.map { " from \($0)" } ?? "") + ", kept as text")
        return fenced(node.outerHTML, language: "html")
    }

    private func fenced(_ text: String, language: String) -> String {
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return fence + language + "\n" + body + "\n" + fence
    }

    // MARK: Inlines

    mutating func inline(_ nodes: [HTMLNode]) -> String {
        var output = ""
        for node in nodes {
            switch node.kind {
            case .comment: continue
            case .text: output += escapedText(node.text)
            case .element: output += element(node)
            }
        }
        return output
    }

    private mutating func element(_ node: HTMLNode) -> String {
        if node.attribute("style") != nil { note("inline styles (style=\"…\"), not carried") }
        switch node.name {
        case "strong", "b": return delimited(inline(node.children), "**")
        case "em", "i", "cite", "var", "dfn": return delimited(inline(node.children), "*")
        case "code", "kbd", "samp", "tt": return codeSpan(node.textContent)
        case "br": return "\\\n"
        case "img": return image(node)
        case "a": return link(node)
        case "q": return "“" + inline(node.children) + "”"
        case "span", "font", "abbr", "small", "big", "mark", "u", "ins", "time", "bdi", "bdo", "label", "wbr":
            if ["u", "mark", "font", "big"].contains(node.name) { note("<\(node.name)> formatting, its text kept") }
            return inline(node.children)
        case "del", "s", "strike", "sub", "sup":
            note("<\(node.name)> formatting, its text kept")
            return inline(node.children)
        default:
            if Self.keptAsText.contains(node.name) {
                note("<\(node.name)>, kept as text")
                return escapedText(node.outerHTML)
            }
            if Self.blockElements.contains(node.name) { return " " + inline(node.children) + " " }
            note("<\(node.name)>, its text kept")
            return inline(node.children)
        }
    }

    private mutating func image(_ node: HTMLNode) -> String {
        guard let source = node.attribute("src"), !source.isEmpty else { return "" }
        let alt = escapedText(node.attribute("alt") ?? "").replacingOccurrences(of: "\n", with: " ")
        return "![\(alt)](\(destination(address(source))))"
    }

    private mutating func link(_ node: HTMLNode) -> String {
        let text = inline(node.children)
        guard let href = node.attribute("href"), !href.isEmpty, !href.hasPrefix("#") else { return text }
        let target = address(href)
        // A picture linked to its own full-size file is just the picture.
        if node.children.count == 1, node.children[0].name == "img", Self.isImageFile(target) { return text }
        let lowered = target.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("/") || lowered.hasPrefix("mailto:")
        else {
            note("a link to \"\(target.prefix(40))\", which is no web address; its text kept")
            return text
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return "" }
        return "[\(text)](\(destination(target)))"
    }

    static func isImageFile(_ address: String) -> Bool {
        let path = address.lowercased().split(separator: "?").first ?? ""
        return [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains { path.hasSuffix($0) }
    }

    private func destination(_ address: String) -> String {
        var output = ""
        for character in address {
            switch character {
            case " ": output += "%20"
            case "\n", "\r\n", "\r": output += "%0A"
            case "\t": output += "%09"
            case "(": output += "%28"
            case ")": output += "%29"
            case "<": output += "%3C"
            case ">": output += "%3E"
            case "\\": output += "%5C"
            case "|": output += "%7C"
            default: output.append(character)
            }
        }
        return output
    }

    /// Emphasis around the words only: spaces and punctuation at either end stay outside the
    /// markers, where CommonMark's flanking rules would otherwise leave `**` as text
    /// (`<strong>‘눈물의 여왕’</strong>이` → `‘**눈물의 여왕**’이`).
    private func delimited(_ text: String, _ marker: String) -> String {
        // Markdown's own marks (a link's brackets, a code span's backticks, an escape) stay
        // where they are; the text's own copies of them are escaped.
        func isLoose(_ character: Character) -> Bool {
            if character == " " { return true }
            if "[]()!*_`\\<>".contains(character) { return false }
            return character.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) || CharacterSet.symbols.contains($0) }
        }
        let characters = Array(text)
        var start = 0
        var end = characters.count
        // A backslash escape belongs to the character after it: never split the pair.
        while start < end, isLoose(characters[start]) { start += 1 }
        while end > start, isLoose(characters[end - 1]), end < 2 || characters[end - 2] != "\\" { end -= 1 }
        guard start < end else { return text }
        return String(characters[..<start]) + marker + String(characters[start..<end]) + marker + String(characters[end...])
    }

    private func codeSpan(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded.replacingOccurrences(of: "\n", with: " ") + fence
    }

    // MARK: Text

    /// Text as it reads, with every character Markdown would take for syntax escaped.
    private func escapedText(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingNewlines = 0
        var atLineStart = false
        for character in text {
            if character == "\r" { continue }
            if character == "\n" {
                pendingNewlines += 1
                continue
            }
            if pendingNewlines > 0 {
                if keepsLineBreaks {
                    output += pendingNewlines > 1 ? Self.paragraphBreak : "\\\n"
                    atLineStart = true
                } else {
                    output += " "
                }
                pendingNewlines = 0
            }
            if atLineStart && (character == " " || character == "\t") { continue }
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|":
                output += "\\" + String(character)
            case "&":
                output += "\\&"
            case "\t":
                output += " "
            default:
                output.append(character)
            }
            atLineStart = false
        }
        if pendingNewlines > 0 { output += keepsLineBreaks && pendingNewlines > 1 ? Self.paragraphBreak : " " }
        return output
    }

    /// A paragraph's lines trimmed, its runs of spaces made one, a number that would start an
    /// ordered list escaped.
    private func trimLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var collapsed = ""
            var lastWasSpace = false
            for character in line {
                let isSpace = character == " " || character == "\t"
                if isSpace && lastWasSpace { continue }
                collapsed.append(character)
                lastWasSpace = isSpace
            }
            var trimmed = collapsed.trimmingCharacters(in: .whitespaces)
            if let first = trimmed.first, "#+-=~".contains(first) { trimmed.insert("\\", at: trimmed.startIndex) }
            // "2024. A year" would start an ordered list.
            if let dot = trimmed.firstIndex(where: { !$0.isNumber }), dot != trimmed.startIndex, [".", ")"].contains(trimmed[dot]),
                trimmed.index(after: dot) == trimmed.endIndex || trimmed[trimmed.index(after: dot)] == " "
            {
                trimmed.insert("\\", at: dot)
            }
            return trimmed
        }
        // Line breaks at either end of a paragraph, or doubled, break nothing.
        var kept: [String] = []
        for line in lines where !(line == "\\" && (kept.isEmpty || kept.last?.hasSuffix("\\") == true)) {
            kept.append(line.trimmingCharacters(in: CharacterSet(charactersIn: "\u{A0}")))
        }
        while let last = kept.last, last.isEmpty || last == "\\" { kept.removeLast() }
        while let first = kept.first, first.isEmpty { kept.removeFirst() }
        if var last = kept.popLast() {
            let slashes = last.reversed().prefix { $0 == "\\" }.count
            if slashes % 2 == 1 { last.removeLast() }
            kept.append(last)
        }
        return kept.joined(separator: "\n")
    }

    private func oneLine(_ text: String) -> String {
        trimLines(text.replacingOccurrences(of: "\\\n", with: " ").replacingOccurrences(of: Self.paragraphBreak, with: " "))
            .replacingOccurrences(of: "\n", with: " ")
    }

    /// A paragraph that is a web address and nothing else, written back unescaped so that it
    /// becomes a clip or a link card.
    private func bareAddress(_ escaped: String) -> String? {
        let plain = escaped.replacingOccurrences(of: "\\", with: "")
        guard !plain.contains(" "), !plain.contains("\n"), WebAddress.isLinkable(plain) else { return nil }
        return plain
    }

    private static func isList(_ block: String) -> Bool {
        block.hasPrefix("- ") || block.prefix { $0.isNumber }.count > 0 && block.drop { $0.isNumber }.hasPrefix(". ")
    }

    private func lone(_ nodes: [HTMLNode]) -> HTMLNode? {
        let meaningful = nodes.filter {
            $0.kind != .comment && !($0.kind == .text && $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        }
        return meaningful.count == 1 ? meaningful[0] : nil
    }
}
