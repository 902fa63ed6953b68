import Foundation

/// Phase one of parsing: reads lines into a tree of blocks, following the CommonMark reference
/// algorithm (each line first continues the open blocks it can, then may open new ones, and what
/// is left is text for the innermost leaf).
///
/// The open blocks form a chain from the document to the innermost one, kept as a stack.
///
/// Helper methods are `mutating` even when they only read: in unoptimised builds, calling a
/// non-mutating method from a mutating one copies the whole parser first.
struct BlockParser {
    /// Container blocks nested deeper than this are read as text: the limit keeps both parsing
    /// and rendering (which recurse) safe from `> > > > …` thousands of levels deep.
    static let maximumNesting = 64

    let options: MarkdownOptions
    var references = LinkReferences()
    var stack: [BlockNode]

    var line: [UInt8] = []
    var lineNumber = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var partiallyConsumedTab = false
    var allClosed = true
    var lastMatchedContainer = 0
    /// Where a thematic break of this character was last ruled out on the current line.
    var thematicBreakFailure: (character: UInt8, position: Int)?

    init(options: MarkdownOptions) {
        self.options = options
        self.stack = [BlockNode(.document, startLine: 1)]
    }

    /// Reads all lines and returns the finished document node.
    mutating func parse(_ lines: [[UInt8]]) -> BlockNode {
        let document = stack[0]
        for line in lines { process(line) }
        while !stack.isEmpty { finalizeTop() }
        return document
    }

    var tip: BlockNode { stack[stack.count - 1] }

    private mutating func process(_ newLine: [UInt8]) {
        line = newLine
        lineNumber += 1
        offset = 0
        column = 0
        blank = false
        partiallyConsumedTab = false
        thematicBreakFailure = nil

        var container = 0
        var depth = 1
        matching: while depth < stack.count {
            findNextNonspace()
            switch continuation(of: stack[depth]) {
            case .matched:
                container = depth
                depth += 1
            case .failed:
                break matching
            case .lineConsumed:
                return
            }
        }
        allClosed = container == stack.count - 1
        lastMatchedContainer = container

        var matchedLeaf = !stack[container].isParagraphLike && stack[container].acceptsLines
        while !matchedLeaf {
            findNextNonspace()
            if !indented && !mayStartBlock(at: nextNonspace) {
                advanceNextNonspace()
                break
            }
            switch openBlock(in: container) {
            case .container:
                container = stack.count - 1
            case .leaf:
                container = stack.count - 1
                matchedLeaf = true
            case .none:
                advanceNextNonspace()
                matchedLeaf = true
            }
        }
        addText(to: container)
    }

    /// A quick test that saves trying every block start on ordinary prose.
    private mutating func mayStartBlock(at index: Int) -> Bool {
        guard index < line.count else { return false }
        switch line[index] {
        case Bytes.hash, Bytes.backtick, Bytes.tilde, Bytes.asterisk, Bytes.plus, Bytes.underscore, Bytes.equals,
            Bytes.lessThan, Bytes.greaterThan, Bytes.hyphen, Bytes.pipe, Bytes.colon:
            return true
        case let byte:
            return Bytes.isDigit(byte)
        }
    }

    /// What is left of the line after containers and starts: a lazy continuation, a line of a
    /// leaf, or the first line of a new paragraph.
    private mutating func addText(to container: Int) {
        findNextNonspace()
        let node = stack[container]
        if blank, let last = node.children.last { last.lastLineBlank = true }
        // Blank lines in quotes, fenced code and empty new items do not make a list loose.
        node.lastLineBlank =
            blank && node.kind != .blockQuote && node.kind != .heading
            && node.kind != .thematicBreak && !(node.kind == .codeBlock && node.fence != nil)
            && !(node.kind == .item && node.children.isEmpty && node.startLine == lineNumber)
        for ancestor in stack[0..<container] { ancestor.lastLineBlank = false }

        if !allClosed && !blank && tip.kind == .paragraph {
            addLine()
            return
        }
        closeUnmatchedBlocks()
        let leaf = tip
        switch leaf.kind {
        case .codeBlock:
            addLine()
        case .htmlBlock:
            addLine()
            if (1...5).contains(leaf.htmlBlockType) && HTMLBlockStart.isEnd(of: leaf.htmlBlockType, line, from: offset) {
                finalizeTop()
            }
        case _ where blank:
            break
        case .paragraph:
            advanceNextNonspace()
            addLine()
        case .table:
            advanceNextNonspace()
            if !addTableRow(to: leaf) {
                finalizeTop()
                addChild(.paragraph)
                addLine()
            }
        default:
            addChild(.paragraph)
            advanceNextNonspace()
            addLine()
        }
    }

    /// Adds the line as a row; false when the table has padded as many cells as it may.
    private mutating func addTableRow(to table: BlockNode) -> Bool {
        // Only plain values are read and the rows are appended in place: holding a copy of the
        // layout would make every append copy all the rows.
        guard let columns = table.table?.alignments.count, let padded = table.table?.paddedCells else { return false }
        let cells = TableRows.cells(line, offset..<line.count)
        let padding = max(0, columns - cells.count)
        guard padded + padding <= TableLayout.maximumPaddedCells else { return false }
        table.table?.paddedCells += padding
        table.table?.rows.append(TableRows.fitted(cells, columns: columns))
        return true
    }

    // MARK: The open-block stack

    @discardableResult
    mutating func addChild(_ kind: BlockNode.Kind) -> BlockNode {
        while !tip.canContain(kind) { finalizeTop() }
        let node = BlockNode(kind, startLine: lineNumber)
        tip.children.append(node)
        stack.append(node)
        return node
    }

    /// Closes the blocks this line did not continue, once a new block or a non-lazy line shows
    /// that they really ended.
    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while stack.count - 1 > lastMatchedContainer { finalizeTop() }
        allClosed = true
    }
}
