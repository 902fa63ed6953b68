import Foundation

/// Inline nodes under construction: a flat array of nodes linked as siblings, so that wrapping a
/// run of siblings in emphasis or a link is constant time however long the run.
///
/// Node kinds hold only plain values; strings live in side tables. That keeps each node cheap to
/// read and write, which matters because the parser touches nodes for almost every character.
struct InlineTree {
    enum Kind {
        case text(Range<Int>)
        /// A `[` or `![` that may become a link; never merged with neighbouring text.
        case opener(Range<Int>)
        /// Decoded text (a character reference); the index is into `literals`.
        case literal(Int)
        /// What is left of a `*` or `_` run after emphasis took what it could.
        case delimiterRun(UInt8, Int)
        /// A node whose text was used up (a bracket that became a link, an exhausted run).
        case empty
        case softBreak, hardBreak
        case rawHTML(Range<Int>)
        case emphasis, strong
        /// The remaining kinds keep their strings in `payloads`.
        case code(Int)
        case link(Int)
        case image(Int)
        case autolink(Int)
        case entityLink(Int)
    }

    /// Strings of a node: code text; destination and title; autolink or entity link target and text.
    struct Payload {
        var first: String
        var second: String?
    }

    struct Links {
        var previous = -1
        var next = -1
        var firstChild = -1
        var lastChild = -1
    }

    /// Inline containers nested deeper than this are flattened to their text, which keeps the
    /// renderers' recursion shallow whatever the input (`**` ten thousand times, say).
    static let maximumDepth = 32

    var kinds: [Kind] = []
    private(set) var links: [Links] = []
    private(set) var payloads: [Payload] = []
    private(set) var literals: [[UInt8]] = []
    private(set) var first = -1
    private(set) var last = -1

    /// Appends a node at the top level.
    @discardableResult
    mutating func append(_ kind: Kind) -> Int {
        let index = kinds.count
        kinds.append(kind)
        links.append(Links(previous: last))
        if last >= 0 { links[last].next = index } else { first = index }
        last = index
        return index
    }

    mutating func appendLiteral(_ bytes: [UInt8]) {
        literals.append(bytes)
        append(.literal(literals.count - 1))
    }

    /// Stores strings for a node about to be appended or wrapped; returns the payload index.
    mutating func payload(_ first: String, _ second: String? = nil) -> Int {
        payloads.append(Payload(first: first, second: second))
        return payloads.count - 1
    }

    /// Moves every top-level node after `opener` into a new container placed after it.
    mutating func wrapToEnd(after opener: Int, in kind: Kind) {
        let index = kinds.count
        let firstChild = links[opener].next
        kinds.append(kind)
        links.append(Links(previous: opener, next: -1, firstChild: firstChild, lastChild: firstChild >= 0 ? last : -1))
        if firstChild >= 0 { links[firstChild].previous = -1 }
        links[opener].next = index
        last = index
    }

    /// Moves the siblings strictly between `opener` and `closer` into a new container.
    mutating func wrap(between opener: Int, and closer: Int, in kind: Kind) {
        let index = kinds.count
        let firstChild = links[opener].next
        let hasChildren = firstChild != closer
        let lastChild = hasChildren ? links[closer].previous : -1
        kinds.append(kind)
        links.append(
            Links(
                previous: opener, next: closer,
                firstChild: hasChildren ? firstChild : -1, lastChild: lastChild))
        if hasChildren {
            links[firstChild].previous = -1
            links[lastChild].next = -1
        }
        links[opener].next = index
        links[closer].previous = index
    }
}
