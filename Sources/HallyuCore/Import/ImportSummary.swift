/// What an import did, by kind of thing: how many were added, merged into an entity that was
/// already there, or skipped, and why each skip happened. Printed at the end of an import.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var merged = 0
        public var skipped = 0
    }

    public private(set) var counts: [String: Counts] = [:]
    /// Why things were skipped, with how often each reason came up.
    public private(set) var reasons: [String: Int] = [:]
    private var order: [String] = []

    public init() {}

    public mutating func added(_ thing: String) { bump(thing) { $0.added += 1 } }
    public mutating func merged(_ thing: String) { bump(thing) { $0.merged += 1 } }

    public mutating func skipped(_ thing: String, because reason: String) {
        bump(thing) { $0.skipped += 1 }
        reasons["\(thing): \(reason)", default: 0] += 1
    }

    public subscript(thing: String) -> Counts { counts[thing] ?? Counts() }

    private mutating func bump(_ thing: String, _ change: (inout Counts) -> Void) {
        if counts[thing] == nil { order.append(thing) }
        change(&counts[thing, default: Counts()])
    }

    /// One line per kind of thing, then the skip reasons, most frequent first.
    public var description: String {
        var lines = order.map { thing -> String in
            let c = counts[thing] ?? Counts()
            return "\(thing): \(c.added) added, \(c.merged) merged, \(c.skipped) skipped"
        }
        let sorted = reasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if !sorted.isEmpty {
            lines.append("Skipped:")
            lines += sorted.map { "  \($0.value) × \($0.key)" }
        }
        return lines.joined(separator: "\n")
    }
}
