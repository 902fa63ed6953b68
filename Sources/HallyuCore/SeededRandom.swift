/// A small, fast generator (SplitMix64) that gives the same numbers for the same seed on every
/// machine: the demo's artwork, the benchmark newsroom and the tests' random inputs are made
/// with it. As a `RandomNumberGenerator` it also drives `shuffled(using:)` and `random(in:using:)`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public init(seed: String) {
        state = StableHash.fnv1a(seed)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A number from 0 up to, not including, `bound`.
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

/// A hash that is the same in every process and on every machine (Swift's own is seeded per
/// process): FNV-1a over the UTF-8 bytes.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
