import Foundation

/// Inline nodes under construction: a flat array of nodes linked as siblings, so that wrapping a
/// run of siblings in emphasis or a link is constant time however long the run.
struct InlineTree {
    enum Kind {
        case text(Range<Int>)
        case literal([UInt8])
        /// What is left of a `*` or `_` run after emphasis took what it could.
        case delimiterRun(UInt8, Int)
        /// A node whose text was used up (a bracket that became a link, an exhausted run).
        case empty
        case softBreak, hardBreak
        case code(String)
        case emphasis, strong
        case link(destination: String, title: String?)
        case image(source: String, title: String?)
        case autolink(destination: String, text: String)
        case entityLink(target: String, text: String)
        case rawHTML(Range<Int>)
    }

    struct Node {
        var kind: Kind
        var previous = -1
        var next = -1
        var firstChild = -1
        var lastChild = -1
    }

    /// Inline containers nested deeper than this are flattened to their text, which keeps the
    /// renderers' recursion shallow whatever the input (`**` ten thousand times, say).
    static let maximumDepth = 32

    private(set) var nodes: [Node] = []
    private(set) var first = -1
    private(set) var last = -1

    subscript(index: Int) -> Node {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// Appends a node at the top level.
    @discardableResult
    mutating func append(_ kind: Kind) -> Int {
        let index = nodes.count
        nodes.append(Node(kind: kind, previous: last))
        if last >= 0 { nodes[last].next = index } else { first = index }
        last = index
        return index
    }

    /// Moves every top-level node after `opener` into a new container placed after it.
    mutating func wrapToEnd(after opener: Int, in kind: Kind) {
        let index = nodes.count
        let firstChild = nodes[opener].next
        nodes.append(Node(kind: kind, previous: opener, next: -1,
                          firstChild: firstChild, lastChild: firstChild >= 0 ? last : -1))
        if firstChild >= 0 { nodes[firstChild].previous = -1 }
        nodes[opener].next = index
        last = index
    }

    /// Moves the siblings strictly between `opener` and `closer` into a new container.
    mutating func wrap(between opener: Int, and closer: Int, in kind: Kind) {
        let index = nodes.count
        let firstChild = nodes[opener].next
        let hasChildren = firstChild != closer
        let lastChild = hasChildren ? nodes[closer].previous : -1
        nodes.append(Node(kind: kind, previous: opener, next: closer,
                          firstChild: hasChildren ? firstChild : -1, lastChild: lastChild))
        if hasChildren {
            nodes[firstChild].previous = -1
            nodes[lastChild].next = -1
        }
        nodes[opener].next = index
        nodes[closer].previous = index
    }
}
