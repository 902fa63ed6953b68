/// A line-level difference between two texts, as revision pages show it.
public struct LineDiff: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case same, removed, added
    }

    public struct Line: Sendable, Equatable {
        public var kind: Kind
        public var text: String
        /// Line numbers in the old and the new text (from 1); nil on the side the line is not in.
        public var oldNumber: Int?
        public var newNumber: Int?
    }

    public var lines: [Line]

    public var added: Int { lines.count { $0.kind == .added } }
    public var removed: Int { lines.count { $0.kind == .removed } }
    public var isEmpty: Bool { added == 0 && removed == 0 }

    /// Myers' shortest edit script over lines. The common head and tail are cut off first, so an
    /// edit to one paragraph of a long article costs a search over that paragraph alone.
    public init(old: String, new: String) {
        let a = Self.split(old), b = Self.split(new)
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var lines: [Line] = (0..<head).map { Line(kind: .same, text: a[$0], oldNumber: $0 + 1, newNumber: $0 + 1) }
        let middle = Self.script(Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)]))
        var oldNumber = head, newNumber = head
        for (kind, text) in middle {
            switch kind {
            case .same:
                oldNumber += 1
                newNumber += 1
                lines.append(Line(kind: .same, text: text, oldNumber: oldNumber, newNumber: newNumber))
            case .removed:
                oldNumber += 1
                lines.append(Line(kind: .removed, text: text, oldNumber: oldNumber, newNumber: nil))
            case .added:
                newNumber += 1
                lines.append(Line(kind: .added, text: text, oldNumber: nil, newNumber: newNumber))
            }
        }
        for offset in 0..<tail {
            lines.append(
                Line(
                    kind: .same, text: a[a.count - tail + offset], oldNumber: oldNumber + offset + 1,
                    newNumber: newNumber + offset + 1))
        }
        self.lines = lines
    }

    /// The changed lines with `context` unchanged lines around each change; a nil marks lines left out.
    public func hunks(context: Int = 3) -> [Line?] {
        let changed = lines.indices.filter { lines[$0].kind != .same }
        guard !changed.isEmpty else { return [] }
        var keep = Set<Int>()
        for index in changed {
            for near in max(0, index - context)...min(lines.count - 1, index + context) { keep.insert(near) }
        }
        var result: [Line?] = []
        var previous = -1
        for index in keep.sorted() {
            if index != previous + 1 { result.append(nil) }
            result.append(lines[index])
            previous = index
        }
        if previous != lines.count - 1 { result.append(nil) }
        return result
    }

    private static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The most edits the search looks for before it settles for "all of the old out, all of
    /// the new in": the work grows with the text's length times the edits, and a diff page must
    /// not take the server down for a rewrite of a very long text.
    static func editLimit(lines: Int) -> Int { max(100, min(4000, 20_000_000 / max(lines, 1))) }

    /// The edit script from `a` to `b`, found by keeping, for each number of edits, the
    /// furthest point reached on every diagonal, then walking the saved frontiers back. Only
    /// the 2d+1 diagonals a step can reach are saved for step d.
    private static func script(_ a: [String], _ b: [String]) -> [(Kind, String)] {
        if a.isEmpty { return b.map { (.added, $0) } }
        if b.isEmpty { return a.map { (.removed, $0) } }
        let n = a.count, m = b.count, offset = n + m
        let limit = editLimit(lines: n + m)
        var frontier = [Int](repeating: 0, count: 2 * offset + 2)
        var history: [[Int]] = []
        var found = false
        search: for edits in 0...min(n + m, limit) {
            history.append(Array(frontier[(offset - edits)...(offset + edits)]))
            for diagonal in stride(from: -edits, through: edits, by: 2) {
                var x =
                    diagonal == -edits || (diagonal != edits && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                    ? frontier[offset + diagonal + 1]
                    : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n && y >= m {
                    found = true
                    break search
                }
            }
        }
        if !found { return a.map { (.removed, $0) } + b.map { (.added, $0) } }
        var result: [(Kind, String)] = []
        var x = n, y = m
        for edits in stride(from: history.count - 1, through: 0, by: -1) {
            let row = history[edits]
            // `row` starts at diagonal -edits.
            let saved = { (diagonal: Int) in row[diagonal + edits] }
            let diagonal = x - y
            let fromBelow = diagonal == -edits || (diagonal != edits && saved(diagonal - 1) < saved(diagonal + 1))
            let previousDiagonal = fromBelow ? diagonal + 1 : diagonal - 1
            let previousX = edits == 0 ? 0 : saved(previousDiagonal)
            let startX = edits == 0 ? 0 : (fromBelow ? previousX : previousX + 1)
            while x > startX && y > (edits == 0 ? 0 : startX - diagonal) {
                x -= 1
                y -= 1
                result.append((.same, a[x]))
            }
            if edits > 0 {
                if fromBelow {
                    y -= 1
                    result.append((.added, b[y]))
                } else {
                    x -= 1
                    result.append((.removed, a[x]))
                }
            }
        }
        return result.reversed()
    }
}
