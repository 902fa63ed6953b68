/// Shared letter pairs per name, counted in an array kept for a whole text rather than a
/// dictionary made per look-up; the names touched are visited in the order first met, so the
/// same text always gets the same suggestion.
struct NearMissScratch {
    private(set) var counts: [UInt16]
    private(set) var touched: [Int] = []

    init(patterns: Int) {
        counts = Array(repeating: 0, count: patterns)
    }

    mutating func count(_ pattern: Int) {
        if counts[pattern] == 0 { touched.append(pattern) }
        if counts[pattern] != Self.marked { counts[pattern] += 1 }
    }

    static let marked = UInt16.max

    /// Puts a name among those touched without counting a pair for it.
    mutating func mark(_ pattern: Int) {
        if counts[pattern] == 0 {
            touched.append(pattern)
            counts[pattern] = Self.marked
        }
    }

    mutating func reset() {
        for pattern in touched { counts[pattern] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
