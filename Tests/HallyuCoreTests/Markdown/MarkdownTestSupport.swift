import Foundation
import HallyuCore

/// Parses and renders in one step, the way pages use the parser.
func renderHTML(
    _ markdown: String,
    options: MarkdownOptions = .standard,
    resolveEntity: ((String) -> EntityLinkTarget?)? = nil
) -> String {
    MarkdownHTMLRenderer(options: options, resolveEntity: resolveEntity)
        .render(Markdown.parse(markdown, options: options))
}

/// The blocks of a parsed document, for assertions on the AST.
func parseBlocks(_ markdown: String, options: MarkdownOptions = .standard) -> [MarkdownBlock] {
    Markdown.parse(markdown, options: options).blocks
}
