/// Each name pattern's letters for the name check, kept as UTF-8: the folded keys are nearly all
/// ASCII, so a byte a letter instead of the four of a `Unicode.Scalar` (15 MB less for the
/// 400,000 keys of a 100,000-article newsroom). Decoded only for the few candidates a check
/// compares in full.
struct PatternLetters: Sendable {
    private let bytes: FlatLists<UInt8>

    init(_ patterns: [String]) {
        bytes = FlatLists(patterns.map { Array($0.utf8) })
    }

    var count: Int { bytes.count }

    /// Pattern `pattern`'s letters, written over `letters` (kept by the caller between calls).
    func letters(of pattern: Int, into letters: inout [Unicode.Scalar]) {
        letters.removeAll(keepingCapacity: true)
        var iterator = bytes[pattern].makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { letters.append(scalar) }
    }
}
