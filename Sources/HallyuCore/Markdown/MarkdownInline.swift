import Foundation

/// Inline content of a paragraph, heading or table cell.
///
/// Adjacent text is always merged into one `.text`, so code that scans prose (say, for names to
/// link) sees whole runs of words.
public indirect enum MarkdownInline: Sendable, Equatable {
    /// Literal text, with escapes and character references already resolved.
    case text(String)
    /// `*emphasis*` or `_emphasis_`.
    case emphasis([MarkdownInline])
    /// `**strong**` or `__strong__`.
    case strong([MarkdownInline])
    /// A code span's content.
    case code(String)
    /// A link; `destination` is percent-encoded and not yet checked for safety (renderers do that).
    case link(destination: String, title: String?, content: [MarkdownInline])
    /// An image; `alt` is inline content because the syntax allows it, renderers flatten it.
    case image(source: String, title: String?, alt: [MarkdownInline])
    /// `<https://example.com>` or `<a@b.c>`; `destination` has `mailto:` for e-mail addresses.
    case autolink(destination: String, text: String)
    /// `[[Name]]` or `[[Name|text]]` (extension): a link to a person, title or other entity by name.
    case entityLink(target: String, text: String)
    /// Inline HTML as written. It is never passed through: renderers show it as text.
    case rawHTML(String)
    /// A line break that must be kept (two trailing spaces or a backslash).
    case hardBreak
    /// A line ending inside a paragraph.
    case softBreak
}
