import Foundation

/// Markdown as plain text: for search indexing, feeds, meta descriptions and reading time.
public enum MarkdownPlainText {
    /// The document's text without markup, blocks separated by blank lines. List items and
    /// table rows take one line each; embeds show their URL; raw HTML shows as written.
    public static func render(_ document: MarkdownDocument) -> String {
        blocks(document.blocks).joined(separator: "\n\n")
    }

    /// Words in `text`: runs between whitespace that contain a letter or digit. Korean is
    /// written with spaces between words, so Hangul counts the same way.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for scalar in text.unicodeScalars {
            // ASCII is most of any story; Unicode's property tables are for the rest.
            let value = scalar.value
            let isWhitespace = value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.properties.isWhitespace
            if isWhitespace {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if value < 0x80 {
                    if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { wordHasContent = true }
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    wordHasContent = true
                }
            }
        }
        if inWord && wordHasContent { count += 1 }
        return count
    }

    /// The opening paragraphs as one line of at most `maxCharacters` characters, cut at a word
    /// boundary and ended with "…" when cut. Headings, code and embeds are skipped; a document
    /// without paragraphs uses all of its text.
    public static func excerpt(_ document: MarkdownDocument, maxCharacters: Int) -> String {
        guard maxCharacters > 0 else { return "" }
        var paragraphs: [String] = []
        var length = 0
        for block in document.blocks {
            guard case let .paragraph(content) = block else { continue }
            let text = collapsed(InlineText.plain(content))
            guard !text.isEmpty else { continue }
            paragraphs.append(text)
            length += text.count + 1
            if length > maxCharacters { break }
        }
        let text = paragraphs.isEmpty ? collapsed(render(document)) : paragraphs.joined(separator: " ")
        return shortened(text, to: maxCharacters)
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let room = text.prefix(limit - 1)
        // Cut at the last space that fits, unless that would throw most of the room away
        // (one very long word): then cut inside the word.
        var cut = room
        if let space = room.lastIndex(of: " "), room.distance(from: room.startIndex, to: space) >= limit / 2 {
            cut = room[..<space]
        }
        while let last = cut.last, last.isWhitespace || [",", ";", ":", "—", "-"].contains(last) { cut = cut.dropLast() }
        return String(cut) + "…"
    }

    private static func blocks(_ blocks: [MarkdownBlock]) -> [String] {
        blocks.compactMap { block in
            let text = self.block(block)
            return text.isEmpty ? nil : text
        }
    }

    private static func block(_ block: MarkdownBlock) -> String {
        switch block {
        case let .heading(_, content, _), let .paragraph(content):
            return InlineText.plain(content)
        case let .codeBlock(_, code):
            return code.hasSuffix("\n") ? String(code.dropLast()) : code
        case let .list(list):
            return list.items.map { blocks($0).joined(separator: "\n") }.filter { !$0.isEmpty }.joined(separator: "\n")
        case let .blockquote(children, attribution):
            var parts = blocks(children)
            if let attribution { parts.append("— " + InlineText.plain(attribution)) }
            return parts.joined(separator: "\n\n")
        case .thematicBreak:
            return ""
        case let .table(table):
            let rows = [table.header] + table.rows
            return rows.map { $0.map { InlineText.plain($0) }.joined(separator: "\t") }.joined(separator: "\n")
        case let .embed(embed):
            return embed.originalURL
        case let .htmlBlock(html):
            return html
        }
    }
}
