import Foundation

extension BlockParser {
    /// What a block start did with the line.
    enum Start {
        /// Nothing starts here.
        case none
        /// Opened a container; more blocks may start inside it on the same line.
        case container
        /// Opened a leaf; the rest of the line belongs to it.
        case leaf
    }

    /// Tries every block start in CommonMark's order of precedence.
    mutating func openBlock(in container: Int) -> Start {
        let node = stack[container]
        if let start = blockQuoteStart(container) { return start }
        if let start = headingStart() { return start }
        if let start = fencedCodeStart() { return start }
        if let start = htmlBlockStart(node) { return start }
        if let start = tableStart(node) { return start }
        if let start = setextHeadingStart(node) { return start }
        if let start = thematicBreakStart() { return start }
        if let start = listItemStart(container) { return start }
        if indented && !tip.isParagraphLike && !blank {
            advanceOffset(4, columns: true)
            closeUnmatchedBlocks()
            addChild(.codeBlock)
            return .leaf
        }
        return .none
    }

    private var firstByte: UInt8? { nextNonspace < line.count ? line[nextNonspace] : nil }

    private mutating func blockQuoteStart(_ container: Int) -> Start? {
        guard !indented, firstByte == Bytes.greaterThan, container < Self.maximumNesting else { return nil }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if offset < line.count && Bytes.isSpaceOrTab(line[offset]) { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        addChild(.blockQuote)
        return .container
    }

    private mutating func headingStart() -> Start? {
        guard !indented, firstByte == Bytes.hash else { return nil }
        var index = nextNonspace
        while index < line.count && line[index] == Bytes.hash && index - nextNonspace < 7 { index += 1 }
        let level = index - nextNonspace
        guard level <= 6, index == line.count || Bytes.isSpaceOrTab(line[index]) else { return nil }
        advanceNextNonspace()
        advanceOffset(level, columns: false)
        closeUnmatchedBlocks()
        let heading = addChild(.heading)
        heading.headingLevel = level
        heading.content = Array(line[headingContentRange(from: offset)])
        advanceOffset(line.count - offset, columns: false)
        return .leaf
    }

    /// The heading text without the optional closing `#` sequence (which needs a space before it).
    private mutating func headingContentRange(from start: Int) -> Range<Int> {
        var upper = line.count
        while upper > start && Bytes.isSpaceOrTab(line[upper - 1]) { upper -= 1 }
        var hashes = upper
        while hashes > start && line[hashes - 1] == Bytes.hash { hashes -= 1 }
        if hashes < upper && (hashes == start || Bytes.isSpaceOrTab(line[hashes - 1])) { upper = hashes }
        return start..<max(start, upper)
    }

    private mutating func fencedCodeStart() -> Start? {
        guard !indented, let character = firstByte, character == Bytes.backtick || character == Bytes.tilde else { return nil }
        var index = nextNonspace
        while index < line.count && line[index] == character { index += 1 }
        let length = index - nextNonspace
        guard length >= 3 else { return nil }
        // Backticks in the info string would make inline code spans ambiguous, so they are not allowed.
        if character == Bytes.backtick && line[index...].contains(Bytes.backtick) { return nil }
        closeUnmatchedBlocks()
        let code = addChild(.codeBlock)
        code.fence = BlockNode.Fence(character: character, length: length, offset: indent)
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        return .leaf
    }

    private mutating func htmlBlockStart(_ node: BlockNode) -> Start? {
        guard !indented, firstByte == Bytes.lessThan else { return nil }
        let lazyParagraph = !allClosed && !blank && tip.kind == .paragraph
        let interrupts = node.isParagraphLike || lazyParagraph
        guard let type = HTMLBlockStart.type(line, at: nextNonspace, interruptsParagraph: interrupts) else { return nil }
        closeUnmatchedBlocks()
        addChild(.htmlBlock).htmlBlockType = type
        return .leaf
    }

    /// A GFM delimiter row under a paragraph whose last line has as many cells.
    private mutating func tableStart(_ node: BlockNode) -> Start? {
        guard !indented, node.kind == .paragraph, node === tip,
            let alignments = TableRows.alignments(line, from: nextNonspace),
            Self.headerCells(node.content)?.count == alignments.count
        else { return nil }
        // Definitions are resolved only once the header matches: resolving them on every
        // delimiter-like line would rescan the paragraph each time.
        resolveReferenceDefinitions(node)
        guard let header = Self.headerCells(node.content), header.count == alignments.count else { return nil }
        closeUnmatchedBlocks()
        let headerStart = Self.lastLineStart(node.content)
        let table: BlockNode
        if headerStart > 0 {
            node.content.removeLast(node.content.count - headerStart)
            finalizeTop()
            table = addChild(.table)
        } else {
            node.kind = .table
            node.content = []
            table = node
        }
        table.table = TableLayout(alignments: alignments, header: header)
        advanceOffset(line.count - offset, columns: false)
        return .leaf
    }

    /// The cells of a paragraph's last line, which a delimiter row below turns into a header.
    private static func headerCells(_ content: [UInt8]) -> [[UInt8]]? {
        var end = content.count
        if end > 0 && content[end - 1] == Bytes.newline { end -= 1 }
        let start = lastLineStart(content)
        guard start < end else { return nil }
        return TableRows.cells(content, start..<end)
    }

    private static func lastLineStart(_ content: [UInt8]) -> Int {
        var end = content.count
        if end > 0 && content[end - 1] == Bytes.newline { end -= 1 }
        return (content[0..<end].lastIndex(of: Bytes.newline) ?? -1) + 1
    }

    private mutating func setextHeadingStart(_ node: BlockNode) -> Start? {
        guard !indented, node.kind == .paragraph, let character = firstByte,
            character == Bytes.equals || character == Bytes.hyphen
        else { return nil }
        var index = nextNonspace
        while index < line.count && line[index] == character { index += 1 }
        while index < line.count && Bytes.isSpaceOrTab(line[index]) { index += 1 }
        guard index == line.count else { return nil }
        closeUnmatchedBlocks()
        resolveReferenceDefinitions(node)
        guard !node.content.isEmpty else { return nil }
        node.kind = .heading
        node.headingLevel = character == Bytes.equals ? 1 : 2
        advanceOffset(line.count - offset, columns: false)
        return .leaf
    }

    private mutating func thematicBreakStart() -> Start? {
        guard !indented, let character = firstByte,
            character == Bytes.asterisk || character == Bytes.hyphen || character == Bytes.underscore
        else { return nil }
        // `- - - - … x` reaches here once per nested list level. A scan that failed at some
        // position also fails from any later start before that position (everything between is
        // the same character or spaces), so that stretch is not scanned again.
        if let failure = thematicBreakFailure, failure.character == character, nextNonspace <= failure.position {
            return nil
        }
        var count = 0
        var index = nextNonspace
        while index < line.count {
            let byte = line[index]
            if byte == character {
                count += 1
            } else if !Bytes.isSpaceOrTab(byte) {
                thematicBreakFailure = (character, index)
                return nil
            }
            index += 1
        }
        guard count >= 3 else { return nil }
        closeUnmatchedBlocks()
        addChild(.thematicBreak)
        advanceOffset(line.count - offset, columns: false)
        return .leaf
    }

    private mutating func listItemStart(_ container: Int) -> Start? {
        let node = stack[container]
        guard !indented || node.kind == .list, container + 1 < Self.maximumNesting,
            let marker = parseListMarker(interruptsParagraph: node.isParagraphLike)
        else { return nil }
        closeUnmatchedBlocks()
        if tip.kind != .list || !(tip.listMarker.map { $0.continuesList(of: marker) } ?? false) {
            addChild(.list).listMarker = marker
        }
        addChild(.item).listMarker = marker
        return .container
    }

    /// Reads a list marker and the spaces after it, working out how far the item's content is
    /// indented (1 to 4 spaces after the marker; more means indented code inside the item).
    private mutating func parseListMarker(interruptsParagraph: Bool) -> ListMarker? {
        guard indent < 4, let first = firstByte else { return nil }
        var marker = ListMarker(markerOffset: indent)
        var markerLength = 1
        if first == Bytes.asterisk || first == Bytes.plus || first == Bytes.hyphen {
            marker.bullet = first
        } else if Bytes.isDigit(first) {
            var index = nextNonspace
            var value = 0
            while index < line.count && Bytes.isDigit(line[index]) && index - nextNonspace < 10 {
                value = value * 10 + Int(line[index] - 0x30)
                index += 1
            }
            let digits = index - nextNonspace
            guard digits <= 9, index < line.count,
                line[index] == Bytes.period || line[index] == Bytes.closeParen
            else { return nil }
            if interruptsParagraph && value != 1 { return nil }
            marker.start = value
            marker.delimiter = line[index]
            markerLength = digits + 1
        } else {
            return nil
        }
        let afterMarker = nextNonspace + markerLength
        if afterMarker < line.count && !Bytes.isSpaceOrTab(line[afterMarker]) { return nil }
        if interruptsParagraph && line[afterMarker...].allSatisfy(Bytes.isSpaceOrTab) { return nil }

        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && offset < line.count && Bytes.isSpaceOrTab(line[offset])
        let blankItem = offset >= line.count
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            marker.padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            if offset < line.count && Bytes.isSpaceOrTab(line[offset]) { advanceOffset(1, columns: true) }
        } else {
            marker.padding = markerLength + spacesAfterMarker
        }
        return marker
    }

    /// Link reference definitions at the start of a paragraph are taken out before it turns into
    /// a heading or table header, as they would be when the paragraph closes.
    mutating func resolveReferenceDefinitions(_ node: BlockNode) {
        guard node.content.first == Bytes.openBracket else { return }
        let consumed = references.consumeDefinitions(node.content)
        if consumed > 0 { node.content.removeFirst(consumed) }
    }
}
