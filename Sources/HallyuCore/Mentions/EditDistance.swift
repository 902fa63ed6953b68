/// Edit distance where swapping two neighbouring letters counts as one edit (optimal string
/// alignment), which is how people mistype names: "Sogn Kang" is one edit from "Song Kang".
enum EditDistance {
    /// The distance, or nil as soon as it is certain to exceed `limit`.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// How many edits a name of this many folded letters may carry and still count as a
    /// misspelling of it: none for very short names, more as names grow.
    static func allowance(forLength length: Int) -> Int {
        // Korean names are short and close together: Kim Jin-woo and Kim Ji-won are two edits
        // apart and both real, so two edits are allowed only for long names.
        switch length {
        case ..<4: 0
        case 4...12: 1
        case 13...20: 2
        default: 3
        }
    }
}
