/// Links the first mention of each known entity in an article's body, the way an editor would:
/// never inside headings, links, images or code, and never for an entity the writer already
/// linked with `[[…]]`.
public enum AutoLinking {
    /// The marker an automatic link carries in place of a name, so the renderer's entity
    /// resolver can tell it from a writer's `[[Name]]`.
    static let prefix = "\u{1}"

    /// The resolver's side of the marker.
    public static func target(fromLinkTarget text: String) -> MentionTarget? {
        guard text.hasPrefix(prefix) else { return nil }
        let parts = text.dropFirst().split(separator: "/").map(String.init)
        guard let kind = parts.first.flatMap(EntityKind.init(rawValue:)) else { return nil }
        switch parts.count {
        case 2: return MentionTarget(kind: kind, slug: parts[1])
        case 3: return MentionTarget(kind: kind, slug: parts[2], titleSlug: parts[1])
        default: return nil
        }
    }

    /// The document with the first mention of each entity turned into an entity link, and every
    /// mention found (for the article's stored mention list).
    public static func link(
        _ document: MarkdownDocument, index: MentionIndex, subjects: [MentionTarget],
        alreadyLinked: Set<MentionTarget>
    ) -> (document: MarkdownDocument, mentions: [Mention]) {
        var texts: [String] = []
        let collector = TextNodes(visit: {
            texts.append($0)
            return nil
        })
        _ = collector.rewrite(document.blocks)
        // One text, so that given names and co-mentions are judged across the whole article; the
        // blank lines keep a name from running across two nodes.
        var starts: [Int] = []
        var combined = ""
        for text in texts {
            starts.append(combined.utf16.count)
            combined += text + "\n\n"
        }
        let mentions = index.analyze(combined, subjects: subjects).mentions
        var linked = alreadyLinked
        var chosen: [Int: [Mention]] = [:]
        for mention in mentions where !linked.contains(mention.target) {
            guard let node = starts.lastIndex(where: { $0 <= mention.start }),
                mention.end <= starts[node] + texts[node].utf16.count
            else { continue }
            linked.insert(mention.target)
            chosen[node, default: []].append(mention)
        }
        var position = -1
        let rewriter = TextNodes(visit: { text in
            position += 1
            guard let found = chosen[position] else { return nil }
            return split(text, at: found, offset: starts[position])
        })
        return (MarkdownDocument(blocks: rewriter.rewrite(document.blocks)), mentions)
    }

    /// A text node cut around its mentions, each mention becoming an entity link.
    private static func split(_ text: String, at mentions: [Mention], offset: Int) -> [MarkdownInline] {
        var pieces: [MarkdownInline] = []
        var cursor = text.startIndex
        for mention in mentions.sorted(by: { $0.start < $1.start }) {
            let start = String.Index(utf16Offset: mention.start - offset, in: text)
            let end = String.Index(utf16Offset: mention.end - offset, in: text)
            if cursor < start { pieces.append(.text(String(text[cursor..<start]))) }
            pieces.append(.entityLink(target: prefix + mention.target.description, text: String(text[start..<end])))
            cursor = end
        }
        if cursor < text.endIndex { pieces.append(.text(String(text[cursor...]))) }
        return pieces
    }
}

/// Walks the text nodes an automatic link may replace, in document order: not in headings,
/// links, images, code or entity links. `visit` returns the replacement, or nil to keep the node.
private struct TextNodes {
    let visit: (String) -> [MarkdownInline]?

    func rewrite(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        blocks.map { block in
            switch block {
            case .paragraph(let content):
                return .paragraph(inlines(content))
            case .list(var list):
                list.items = list.items.map { rewrite($0) }
                return .list(list)
            case .blockquote(let children, let attribution):
                return .blockquote(rewrite(children), attribution: attribution.map { inlines($0) })
            case .table(var table):
                table.header = table.header.map { inlines($0) }
                table.rows = table.rows.map { row in row.map { inlines($0) } }
                return .table(table)
            case .heading, .codeBlock, .thematicBreak, .embed, .htmlBlock:
                return block
            }
        }
    }

    private func inlines(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.flatMap { inline -> [MarkdownInline] in
            switch inline {
            case .text(let text):
                return visit(text) ?? [inline]
            case .emphasis(let children):
                return [.emphasis(self.inlines(children))]
            case .strong(let children):
                return [.strong(self.inlines(children))]
            case .link, .image, .code, .autolink, .entityLink, .rawHTML, .hardBreak, .softBreak:
                return [inline]
            }
        }
    }
}
