import Foundation

/// Turns the finished block tree into the public AST: parses inlines (now that every link
/// reference definition is known) and applies the extensions that work on whole blocks.
struct DocumentBuilder {
    let options: MarkdownOptions
    let references: LinkReferences
    private var headingIDs = HeadingIDs()

    init(options: MarkdownOptions, references: LinkReferences) {
        self.options = options
        self.references = references
    }

    mutating func blocks(_ nodes: [BlockNode]) -> [MarkdownBlock] {
        nodes.compactMap { block($0) }
    }

    private mutating func block(_ node: BlockNode) -> MarkdownBlock? {
        switch node.kind {
        case .document:
            return nil
        case .paragraph:
            if options.extensions, let url = EmbedDetection.bareURL(node.content) {
                return .embed(Embed.recognise(url))
            }
            return .paragraph(inlines(node.content))
        case .heading:
            let content = inlines(node.content)
            let id = options.headingIDs ? headingIDs.makeID(for: InlineText.plain(content)) : nil
            return .heading(level: node.headingLevel, content: content, id: id)
        case .codeBlock:
            var info: String?
            if node.fence != nil {
                let range = Bytes.trimmed(node.info, 0..<node.info.count)
                if !range.isEmpty { info = Bytes.string(CharacterReferences.unescape(node.info, range)) }
            }
            return .codeBlock(info: info, code: Bytes.string(node.content))
        case .htmlBlock:
            var content = node.content
            while content.last == Bytes.newline { content.removeLast() }
            return .htmlBlock(Bytes.string(content))
        case .thematicBreak:
            return .thematicBreak
        case .list:
            let marker = node.listMarker
            let start = marker.flatMap { $0.isOrdered ? $0.start : nil }
            return .list(MarkdownList(start: start, isTight: node.isTight, items: node.children.map { blocks($0.children) }))
        case .item:
            return nil
        case .blockQuote:
            return blockquote(node)
        case .table:
            guard let layout = node.table else { return nil }
            let header = layout.header.map { InlineParser.parse($0, references: references, extensions: options.extensions) }
            let rows = layout.rows.map { row in
                row.map { InlineParser.parse($0, references: references, extensions: options.extensions) }
            }
            return .table(MarkdownTable(alignments: layout.alignments, header: header, rows: rows))
        }
    }

    private mutating func blockquote(_ node: BlockNode) -> MarkdownBlock {
        guard options.extensions, let last = node.children.last, last.kind == .paragraph,
            let (body, attribution) = Attribution.split(last.content)
        else {
            return .blockquote(blocks(node.children), attribution: nil)
        }
        let attributionInlines = inlines(attribution)
        var children = blocks(Array(node.children.dropLast()))
        if !Bytes.isBlank(body, 0..<body.count) { children.append(.paragraph(inlines(body))) }
        // A quote that is nothing but "— Name" has nothing to attribute.
        guard !children.isEmpty, !attributionInlines.isEmpty else {
            return .blockquote(blocks(node.children), attribution: nil)
        }
        return .blockquote(children, attribution: attributionInlines)
    }

    private func inlines(_ content: [UInt8]) -> [MarkdownInline] {
        InlineParser.parse(content, references: references, extensions: options.extensions)
    }
}
