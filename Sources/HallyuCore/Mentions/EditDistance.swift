/// Edit distance for names as people mistype them: swapping two neighbouring letters, the
/// commonest slip of the fingers, is half an edit ("Sogn Kang", "Nayoen"), and a vowel costs half
/// a consonant, because romanized vowels are what
/// people get wrong ("Han Soo-he" for Han So-hee) while a changed consonant usually makes
/// another name (Kim Jin-woo is not Kim Ji-won). Costs are in half edits.
enum EditDistance {
    /// The cost, in half edits, or nil as soon as it is certain to exceed `limit`.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty || b.isEmpty {
            let cost = (a + b).reduce(0) { $0 + weight($1) }
            return cost <= limit ? cost : nil
        }
        // Three rows of the table, on the stack: this runs for every candidate of every look-up.
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer -> Int? in
            var twoBack = buffer.baseAddress!
            var previous = twoBack + width
            var current = previous + width
            for j in 0..<width { twoBack[j] = 0 }
            previous[0] = 0
            for j in 1..<width { previous[j] = previous[j - 1] + weight(b[j - 1]) }
            for i in 1...a.count {
                let letter = a[i - 1]
                let letterWeight = weight(letter)
                current[0] = previous[0] + letterWeight
                var rowMinimum = current[0]
                for j in 1..<width {
                    let other = b[j - 1]
                    let substitution = letter == other ? 0 : max(letterWeight, weight(other))
                    var value = min(previous[j] + letterWeight, current[j - 1] + weight(other), previous[j - 1] + substitution)
                    if i > 1, j > 1, letter == b[j - 2], a[i - 2] == other {
                        value = min(value, twoBack[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return previous[width - 1] <= limit ? previous[width - 1] : nil
        }
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

    static func weight(_ scalar: Unicode.Scalar) -> Int {
        switch scalar {
        case "a", "e", "i", "o", "u", "y": 1
        default: 2
        }
    }
}
