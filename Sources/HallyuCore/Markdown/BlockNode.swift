import Foundation

/// A block while the document is still being read line by line; becomes a `MarkdownBlock` once
/// the whole input is seen (only then are link reference definitions known).
final class BlockNode {
    enum Kind {
        case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock, table
    }

    /// An open code fence: its character, length and indentation (stripped from content lines).
    struct Fence {
        let character: UInt8
        let length: Int
        let offset: Int
    }

    var kind: Kind
    let startLine: Int
    var children: [BlockNode] = []
    /// Whether the block's last line was blank: the input to the tight/loose list rule.
    var lastLineBlank = false
    /// Raw text of paragraphs, headings, code and HTML blocks, each line ending in `\n`.
    var content: [UInt8] = []
    var headingLevel = 0
    var fence: Fence?
    var info: [UInt8] = []
    var htmlBlockType = 0
    var listMarker: ListMarker?
    var isTight = true
    var table: TableLayout?

    init(_ kind: Kind, startLine: Int) {
        self.kind = kind
        self.startLine = startLine
    }

    /// Blocks that may hold this kind of child; anything else closes them first.
    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .item: child != .item
        case .list: child == .item
        default: false
        }
    }

    /// Leaves whose lines are added verbatim rather than parsed for new blocks.
    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .codeBlock, .htmlBlock, .table: true
        default: false
        }
    }

    /// Paragraphs and tables take any line that starts no block, and guard against interruptions
    /// the same way (no indented code, no type 7 HTML, restricted list starts).
    var isParagraphLike: Bool { kind == .paragraph || kind == .table }
}
