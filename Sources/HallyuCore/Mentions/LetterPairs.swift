/// Pairs of neighbouring letters, the cheap filter for near matches. A scalar takes 21 bits, so
/// a pair fits in 42.
enum LetterPairs {
    static func of(_ key: [Unicode.Scalar]) -> [UInt64] {
        guard key.count > 1 else { return key.map { UInt64($0.value) } }
        return (0..<(key.count - 1)).map { UInt64(key[$0].value) << 21 | UInt64(key[$0 + 1].value) }
    }

    /// A name's pattern number and where a pair first sits in it, in one integer.
    static func posting(pattern: Int, position: Int) -> Int32 { Int32(pattern << 8 | min(position, 255)) }
    static func pattern(_ posting: Int32) -> Int { Int(posting >> 8) }
    static func position(_ posting: Int32) -> Int { Int(posting & 255) }

    /// Whether `letters` has `pair` starting within `distance` of `position`.
    static func contains(_ letters: [Unicode.Scalar], _ pair: UInt64, near position: Int, within distance: Int) -> Bool {
        let first = UInt32(pair >> 21), second = UInt32(pair & 0x1F_FFFF)
        let low = max(0, position - distance), high = min(letters.count - 2, position + distance)
        guard low <= high else { return false }
        for start in low...high where letters[start].value == first && letters[start + 1].value == second { return true }
        return false
    }

    /// A pair as found in names of one length starting with one letter.
    struct Key: Hashable, Sendable {
        let first: UInt32
        let length: UInt16
        let pair: UInt64

        init(first: Unicode.Scalar, length: Int, pair: UInt64) {
            self.first = first.value
            self.length = UInt16(clamping: length)
            self.pair = pair
        }
    }

    /// The names holding each pair, by key: one dictionary to a list number and the postings laid
    /// end to end, instead of an array object per key.
    struct Postings: Sendable {
        private let lists: [Key: Int32]
        private let postings: FlatLists<Int32>

        init(_ built: [Key: [Int32]]) {
            var lists: [Key: Int32] = [:]
            lists.reserveCapacity(built.count)
            var flat: [[Int32]] = []
            flat.reserveCapacity(built.count)
            for (key, list) in built {
                lists[key] = Int32(flat.count)
                flat.append(list)
            }
            self.lists = lists
            self.postings = FlatLists(flat)
        }

        subscript(key: Key) -> ArraySlice<Int32>? {
            lists[key].map { postings[Int($0)] }
        }
    }
}
