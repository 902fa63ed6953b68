import Foundation

extension BlockParser {
    /// Whether an open block goes on in the current line.
    enum Continuation {
        case matched, failed
        /// The line closed the block (a closing code fence) and nothing else is left to do.
        case lineConsumed
    }

    mutating func continuation(of node: BlockNode) -> Continuation {
        switch node.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !indented, nextNonspace < line.count, line[nextNonspace] == Bytes.greaterThan else { return .failed }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if offset < line.count && Bytes.isSpaceOrTab(line[offset]) { advanceOffset(1, columns: true) }
            return .matched
        case .item:
            guard let marker = node.listMarker else { return .failed }
            if blank {
                // An item can begin with at most one blank line.
                if node.children.isEmpty { return .failed }
                advanceNextNonspace()
            } else if indent >= marker.markerOffset + marker.padding {
                advanceOffset(marker.markerOffset + marker.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .codeBlock:
            return codeContinuation(of: node)
        case .htmlBlock:
            return blank && (node.htmlBlockType == 6 || node.htmlBlockType == 7) ? .failed : .matched
        case .paragraph, .table:
            return blank ? .failed : .matched
        }
    }

    private mutating func codeContinuation(of node: BlockNode) -> Continuation {
        guard let fence = node.fence else {
            if indent >= 4 {
                advanceOffset(4, columns: true)
            } else if blank {
                advanceNextNonspace()
            } else {
                return .failed
            }
            return .matched
        }
        if indent <= 3, isClosingFence(fence) {
            finalizeTop()
            return .lineConsumed
        }
        var remaining = fence.offset
        while remaining > 0 && offset < line.count && Bytes.isSpaceOrTab(line[offset]) {
            advanceOffset(1, columns: true)
            remaining -= 1
        }
        return .matched
    }

    /// A run of the fence character at least as long as the opening one, then only spaces.
    private mutating func isClosingFence(_ fence: BlockNode.Fence) -> Bool {
        var index = nextNonspace
        while index < line.count && line[index] == fence.character { index += 1 }
        guard index - nextNonspace >= max(3, fence.length) else { return false }
        while index < line.count && Bytes.isSpaceOrTab(line[index]) { index += 1 }
        return index == line.count
    }
}
