import Foundation

extension BlockParser {
    /// Closes the innermost open block and settles what only its end can decide.
    mutating func finalizeTop() {
        let node = stack.removeLast()
        switch node.kind {
        case .paragraph:
            resolveReferenceDefinitions(node)
            if Bytes.isBlank(node.content, 0..<node.content.count), let parent = stack.last {
                parent.children.removeLast()
            }
        case .codeBlock:
            finalizeCode(node)
        case .list:
            node.isTight = Self.isTight(node)
        default:
            break
        }
    }

    private mutating func finalizeCode(_ node: BlockNode) {
        if node.fence != nil {
            let firstLineEnd = node.content.firstIndex(of: Bytes.newline) ?? node.content.count
            node.info = Array(node.content[0..<firstLineEnd])
            node.content.removeFirst(min(firstLineEnd + 1, node.content.count))
            return
        }
        // Indented code ends at the last non-blank line; the blank lines after it were only
        // kept in case the block went on.
        var end = node.content.count
        while end > 0 {
            let lineStart = (node.content[0..<(end - 1)].lastIndex(of: Bytes.newline) ?? -1) + 1
            guard node.content[lineStart..<(end - 1)].allSatisfy(Bytes.isSpaceOrTab) else { break }
            end = lineStart
        }
        node.content.removeLast(node.content.count - end)
    }

    /// A list is loose when any item is followed by a blank line before the next item, or any two
    /// blocks inside an item are separated by one.
    static func isTight(_ list: BlockNode) -> Bool {
        for (itemIndex, item) in list.children.enumerated() {
            let hasNextItem = itemIndex + 1 < list.children.count
            if item.lastLineBlank && hasNextItem { return false }
            for (childIndex, child) in item.children.enumerated()
            where (hasNextItem || childIndex + 1 < item.children.count) && endsWithBlankLine(child) {
                return false
            }
        }
        return true
    }

    private static func endsWithBlankLine(_ node: BlockNode) -> Bool {
        var current = node
        while true {
            if current.lastLineBlank { return true }
            guard current.kind == .list || current.kind == .item, let last = current.children.last else { return false }
            current = last
        }
    }
}
