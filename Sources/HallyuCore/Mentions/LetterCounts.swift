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
///
/// Counts stop at 15, so two fit in a byte. Capping both sides keeps the bound: two capped
/// counts are never further apart than the counts themselves.
struct LetterCounts {
    static let letters = 26
    static let cap: UInt8 = 15
    private(set) var counts: [UInt8]

    init(_ letters: some Sequence<Unicode.Scalar>) {
        counts = Array(repeating: 0, count: Self.letters)
        for slot in Self.slots(of: letters) where counts[slot] < Self.cap { counts[slot] += 1 }
    }

    /// The least number of half edits between this name and the one at `row` of `table`.
    func lowerBound(to table: Table, at row: Int) -> Int {
        var consonants = 0
        var vowels = 0
        for slot in 0..<Self.letters {
            let difference = abs(Int(counts[slot]) - Int(table.count(row: row, slot: slot)))
            if Self.isVowel[slot] { vowels += difference } else { consonants += difference }
        }
        return consonants + (vowels + 1) / 2
    }

    /// Every name's counts, a row of thirteen bytes each.
    struct Table: Sendable {
        private static let rowBytes = (LetterCounts.letters + 1) / 2
        private var nibbles: [UInt8]

        init(rows: Int) {
            nibbles = Array(repeating: 0, count: rows * Self.rowBytes)
        }

        mutating func add(_ letters: some Sequence<Unicode.Scalar>, at row: Int) {
            for slot in LetterCounts.slots(of: letters) where count(row: row, slot: slot) < LetterCounts.cap {
                nibbles[row * Self.rowBytes + slot / 2] += slot % 2 == 0 ? 1 : 16
            }
        }

        func count(row: Int, slot: Int) -> UInt8 {
            let byte = nibbles[row * Self.rowBytes + slot / 2]
            return slot % 2 == 0 ? byte & 0x0F : byte >> 4
        }
    }

    private static func slots(of letters: some Sequence<Unicode.Scalar>) -> [Int] {
        letters.compactMap { (0x61...0x7A).contains($0.value) ? Int($0.value - 0x61) : nil }
    }

    private static let isVowel: [Bool] = (0..<26).map { "aeiouy".unicodeScalars.map { Int($0.value - 0x61) }.contains($0) }
}
