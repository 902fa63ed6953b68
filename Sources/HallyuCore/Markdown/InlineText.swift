import Foundation

/// Inline content flattened to text: for heading ids, image `alt` and the plain-text renderer.
enum InlineText {
    /// The text a reader sees, with soft breaks as spaces and hard breaks as newlines.
    static func plain(_ inlines: [MarkdownInline], hardBreak: String = "\n", softBreak: String = " ") -> String {
        var output = ""
        append(inlines, to: &output, hardBreak: hardBreak, softBreak: softBreak)
        return output
    }

    private static func append(_ inlines: [MarkdownInline], to output: inout String, hardBreak: String, softBreak: String) {
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text), let .rawHTML(text):
                output += text
            case let .emphasis(children), let .strong(children):
                append(children, to: &output, hardBreak: hardBreak, softBreak: softBreak)
            case let .link(_, _, children), let .image(_, _, children):
                append(children, to: &output, hardBreak: hardBreak, softBreak: softBreak)
            case let .autolink(_, text), let .entityLink(_, text):
                output += text
            case .hardBreak:
                output += hardBreak
            case .softBreak:
                output += softBreak
            }
        }
    }
}
