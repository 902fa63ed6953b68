import Foundation

/// Entry point for reading Markdown.
public enum Markdown {
    /// Parses CommonMark (with GFM tables, and the newsroom extensions unless `options` turn them
    /// off) into a document. Never fails: any input is some document. Time is linear in the
    /// input's length, whatever its shape.
    public static func parse(_ text: String, options: MarkdownOptions = .standard) -> MarkdownDocument {
        var blockParser = BlockParser(options: options)
        let root = blockParser.parse(SourceLines.split(text))
        var builder = DocumentBuilder(options: options, references: blockParser.references)
        return MarkdownDocument(blocks: builder.blocks(root.children))
    }
}
