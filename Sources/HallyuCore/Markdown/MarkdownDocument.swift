import Foundation

/// A parsed Markdown document: the blocks in order.
public struct MarkdownDocument: Sendable, Equatable {
    /// The top-level blocks.
    public var blocks: [MarkdownBlock]

    /// Creates a document from blocks.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}

extension MarkdownDocument {
    /// Every heading in document order, including those inside quotes and lists, with its plain
    /// text and id (empty when heading ids were off): the material for a table of contents.
    public var headings: [(level: Int, text: String, id: String)] {
        var result: [(level: Int, text: String, id: String)] = []
        func collect(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case let .heading(level, content, id):
                    result.append((level, InlineText.plain(content), id ?? ""))
                case let .list(list):
                    list.items.forEach(collect)
                case let .blockquote(children, _):
                    collect(children)
                default:
                    break
                }
            }
        }
        collect(blocks)
        return result
    }
}
