/// Edit distance for names as people mistype them: swapping two neighbouring letters is one
/// edit ("Sogn Kang"), and a vowel costs half a consonant, because romanized vowels are what
/// people get wrong ("Han Soo-he" for Han So-hee) while a changed consonant usually makes
/// another name (Kim Jin-woo is not Kim Ji-won). Costs are in half edits.
enum EditDistance {
    /// The cost, in half edits, or nil as soon as it is certain to exceed `limit`.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty || b.isEmpty {
            let cost = (a + b).reduce(0) { $0 + weight($1) }
            return cost <= limit ? cost : nil
        }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in 1...b.count { previous[j] = previous[j - 1] + weight(b[j - 1]) }
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = previous[0] + weight(a[i - 1])
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : max(weight(a[i - 1]), weight(b[j - 1]))
                var value = min(previous[j] + weight(a[i - 1]), current[j - 1] + weight(b[j - 1]), previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 2)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// How many half edits a name of this many folded letters may carry and still count as a
    /// misspelling of it: none for very short names, more as names grow.
    static func allowance(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...12: 2
        case 13...20: 4
        default: 6
        }
    }

    private static func weight(_ scalar: Unicode.Scalar) -> Int {
        "aeiouy".unicodeScalars.contains(scalar) ? 1 : 2
    }
}
