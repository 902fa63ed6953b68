import Foundation

/// A block of a Markdown document.
public indirect enum MarkdownBlock: Sendable, Equatable {
    /// An ATX (`## Title`) or setext heading; `id` is nil when heading ids are off.
    case heading(level: Int, content: [MarkdownInline], id: String?)
    /// A paragraph.
    case paragraph([MarkdownInline])
    /// Fenced or indented code; `info` is the fence's info string (its first word is the language).
    case codeBlock(info: String?, code: String)
    /// An ordered or bullet list.
    case list(MarkdownList)
    /// A block quote; `attribution` holds the closing "— Name" line when the extension finds one.
    case blockquote([MarkdownBlock], attribution: [MarkdownInline]?)
    /// `---`, `***` or `___`.
    case thematicBreak
    /// A GFM pipe table.
    case table(MarkdownTable)
    /// A bare link to a post or video on its own line (extension).
    case embed(Embed)
    /// An HTML block as written. It is never passed through: renderers show it as text.
    case htmlBlock(String)
}

/// A list and its items.
public struct MarkdownList: Sendable, Equatable {
    /// The number of the first item for an ordered list, nil for a bullet list.
    public var start: Int?
    /// Tight lists render their paragraphs without `<p>`.
    public var isTight: Bool
    /// Each item is a sequence of blocks.
    public var items: [[MarkdownBlock]]

    /// Creates a list.
    public init(start: Int?, isTight: Bool, items: [[MarkdownBlock]]) {
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}

/// A GFM pipe table.
public struct MarkdownTable: Sendable, Equatable {
    /// Column alignment from the delimiter row (`:--`, `:-:`, `--:`).
    public enum Alignment: Sendable, Equatable {
        /// No colon: the browser's default.
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header cells, one per column.
    public var header: [[MarkdownInline]]
    /// Body rows, each padded or cut to the number of columns.
    public var rows: [[[MarkdownInline]]]

    /// Creates a table.
    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
