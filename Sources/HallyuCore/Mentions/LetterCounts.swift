/// How often each letter a–z occurs in a name: a bound on the edit distance that costs 26
/// steps, so most names that share letter pairs with a key but are no near miss are turned
/// away before the full comparison.
///
/// A changed consonant moves two consonant counts and costs two half edits; a changed vowel
/// moves two vowel counts for one; a consonant put in or left out moves one count for two; a
/// vowel, one for one; a swap moves none. So every edit costs at least its consonant moves plus
/// half its vowel moves, and the distance in half edits is at least C + V/2, C and V being how
/// far apart the two names' consonant and vowel counts are. Letters outside a–z only make the
/// bound lower.
struct LetterCounts {
    static let letters = 26
    private(set) var counts: [UInt8]

    init(_ letters: [Unicode.Scalar]) {
        counts = Array(repeating: 0, count: Self.letters)
        Self.add(letters, to: &counts, at: 0)
    }

    /// Adds the counts of `letters` to a flat table, at row `row`.
    static func add(_ letters: [Unicode.Scalar], to table: inout [UInt8], at row: Int) {
        for letter in letters where (0x61...0x7A).contains(letter.value) {
            let slot = row * Self.letters + Int(letter.value - 0x61)
            table[slot] &+= 1
        }
    }

    /// The least number of half edits between this name and the one at `row` of `table`.
    func lowerBound(to table: [UInt8], at row: Int) -> Int {
        var consonants = 0
        var vowels = 0
        let base = row * Self.letters
        for slot in 0..<Self.letters {
            let difference = abs(Int(counts[slot]) - Int(table[base + slot]))
            if Self.isVowel[slot] { vowels += difference } else { consonants += difference }
        }
        return consonants + (vowels + 1) / 2
    }

    private static let isVowel: [Bool] = (0..<26).map { "aeiouy".unicodeScalars.map { Int($0.value - 0x61) }.contains($0) }
}
