/// Pairs of neighbouring letters, the cheap filter for near matches. A scalar takes 21 bits, so
/// a pair fits in 42.
enum LetterPairs {
    static func of(_ key: [Unicode.Scalar]) -> [UInt64] {
        guard key.count > 1 else { return key.map { UInt64($0.value) } }
        return (0..<(key.count - 1)).map { UInt64(key[$0].value) << 21 | UInt64(key[$0 + 1].value) }
    }

    /// A name holding a pair: its pattern number, and where the pair first sits in it (up to 255).
    struct Posting: Sendable {
        let pattern: Int32
        let position: UInt8

        init(pattern: Int, position: Int) {
            self.pattern = Int32(pattern)
            self.position = UInt8(min(position, 255))
        }
    }

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

    /// The names holding each pair, by key: one dictionary to a list number, and the postings
    /// laid end to end instead of an array object per key, pattern numbers and positions apart
    /// (five bytes a posting, where a struct of both takes eight).
    struct Postings: Sendable {
        private let lists: [Key: Int32]
        private let patterns: FlatLists<Int32>
        private let positions: FlatLists<UInt8>

        init(_ built: [Key: [Posting]]) {
            var lists: [Key: Int32] = [:]
            lists.reserveCapacity(built.count)
            var patterns: [[Int32]] = [], positions: [[UInt8]] = []
            patterns.reserveCapacity(built.count)
            positions.reserveCapacity(built.count)
            for (key, list) in built {
                lists[key] = Int32(patterns.count)
                patterns.append(list.map(\.pattern))
                positions.append(list.map(\.position))
            }
            self.lists = lists
            self.patterns = FlatLists(patterns)
            self.positions = FlatLists(positions)
        }

        /// The names holding the pair, in the order they were added.
        subscript(key: Key) -> List? {
            lists[key].map { List(patterns: patterns[Int($0)], positions: positions[Int($0)]) }
        }

        struct List: Sequence {
            let patterns: ArraySlice<Int32>
            let positions: ArraySlice<UInt8>

            var count: Int { patterns.count }

            func makeIterator() -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<UInt8>>.Iterator {
                zip(patterns, positions).makeIterator()
            }
        }
    }
}
