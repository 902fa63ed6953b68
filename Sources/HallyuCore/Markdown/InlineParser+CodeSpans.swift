import Foundation

/// Every backtick run of a subject grouped by length, built on the first code span: finding the
/// closing run is then a lookup instead of a scan, so `` ` `` `` `` ``` ``` … stays linear.
struct BacktickRuns {
    private var starts: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]

    init(_ subject: [UInt8], end: Int) {
        var index = 0
        while index < end {
            guard subject[index] == Bytes.backtick else {
                index += 1
                continue
            }
            let start = index
            while index < end && subject[index] == Bytes.backtick { index += 1 }
            starts[index - start, default: []].append(start)
        }
    }

    /// The first run of exactly `length` backticks starting at or after `position`. Queries come
    /// in increasing order of position, so each length keeps a cursor.
    mutating func firstRun(ofLength length: Int, from position: Int) -> Int? {
        guard let candidates = starts[length] else { return nil }
        var cursor = cursors[length] ?? 0
        while cursor < candidates.count && candidates[cursor] < position { cursor += 1 }
        cursors[length] = cursor
        return cursor < candidates.count ? candidates[cursor] : nil
    }
}

extension InlineParser {
    mutating func codeSpan() {
        let start = position
        while position < end && subject[position] == Bytes.backtick { position += 1 }
        let length = position - start
        if backtickRuns == nil { backtickRuns = BacktickRuns(subject, end: end) }
        guard let closing = backtickRuns?.firstRun(ofLength: length, from: position) else {
            appendText(start..<position)
            return
        }
        var content = subject[position..<closing].map { $0 == Bytes.newline ? Bytes.space : $0 }
        // One space is stripped from each side, so that code can start or end with a backtick.
        if content.count >= 2, content.first == Bytes.space, content.last == Bytes.space,
            content.contains(where: { $0 != Bytes.space })
        {
            content = Array(content[1..<(content.count - 1)])
        }
        tree.append(.code(tree.payload(Bytes.string(content))))
        position = closing + length
    }
}
