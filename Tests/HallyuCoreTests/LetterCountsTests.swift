import Foundation
import Testing

@testable import HallyuCore

@Suite struct LetterCountsTests {
    /// The bound the name check uses to skip names must never exceed the real distance, or a
    /// misspelling would go unflagged: checked on random names, with runs of one letter long
    /// enough to pass the cap of 15 a count is kept at.
    @Test func neverExceedsTheEditDistance() throws {
        var random = SystemRandomNumberGenerator()
        let letters: [Unicode.Scalar] = ["a", "e", "o", "y", "h", "n", "s", "k", "g", "-", "한"]
        func name() -> [Unicode.Scalar] {
            var name: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let letter = letters.randomElement(using: &random)!
                name += Array(repeating: letter, count: Int.random(in: 1...(Bool.random(using: &random) ? 3 : 20), using: &random))
            }
            return name
        }
        for _ in 0..<500 {
            let names = (0..<8).map { _ in name() }
            var table = LetterCounts.Table(rows: names.count)
            for (row, letters) in names.enumerated() { table.add(letters, at: row) }
            let key = name()
            let counts = LetterCounts(key)
            for (row, other) in names.enumerated() {
                let distance = EditDistance.between(key, other, limit: Int.max)!
                #expect(counts.lowerBound(to: table, at: row) <= distance, "\(key) / \(other)")
            }
        }
    }

    /// Rows are kept apart: one name's letters do not spill into its neighbours'.
    @Test func rowsHoldTheirOwnCounts() throws {
        let names = ["zzz", "abc", "yyyyyyyyyyyyyyyyyyyy"].map { Array($0.unicodeScalars) }
        var table = LetterCounts.Table(rows: names.count)
        for (row, letters) in names.enumerated() { table.add(letters, at: row) }
        #expect(table.count(row: 0, slot: 25) == 3)
        #expect(table.count(row: 1, slot: 0) == 1)
        #expect(table.count(row: 1, slot: 25) == 0)
        #expect(table.count(row: 2, slot: 24) == 15, "capped")
        #expect(LetterCounts(names[1]).lowerBound(to: table, at: 1) == 0)
    }
}
