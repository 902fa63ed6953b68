/// Walks every inline of a document, so a caller can gather what it needs (entity links,
/// pictures) without repeating the document's shape.
extension MarkdownDocument {
    /// Calls `body` with every inline in reading order, each before its children.
    func forEachInline(_ body: (MarkdownInline) -> Void) {
        func visit(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                body(inline)
                switch inline {
                case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children):
                    visit(children)
                case .text, .code, .autolink, .rawHTML, .entityLink, .hardBreak, .softBreak:
                    break
                }
            }
        }
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content):
                    visit(content)
                case .list(let list):
                    list.items.forEach(visit)
                case .blockquote(let children, let attribution):
                    visit(children)
                    visit(attribution ?? [])
                case .table(let table):
                    table.header.forEach(visit)
                    table.rows.forEach { $0.forEach(visit) }
                case .codeBlock, .thematicBreak, .embed, .htmlBlock:
                    break
                }
            }
        }
        visit(blocks)
    }
}
