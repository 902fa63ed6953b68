/// The targets of `[[Name]]` links in a document, so a caller can look them all up at once
/// before rendering.
extension MarkdownDocument {
    /// Each target once, in the order it first appears.
    public var entityLinkTargets: [String] {
        var seen = Set<String>()
        var targets: [String] = []
        func visit(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .entityLink(let target, _):
                    if seen.insert(target).inserted { targets.append(target) }
                case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children):
                    visit(children)
                case .text, .code, .autolink, .rawHTML, .hardBreak, .softBreak:
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
        return targets
    }
}
