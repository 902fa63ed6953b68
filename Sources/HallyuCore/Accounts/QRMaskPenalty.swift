import Foundation

/// The eight data masks and the penalty rules that pick one: the mask leaving the fewest
/// features a reader could mistake (long runs, solid blocks, false finders, too much of one
/// colour) wins, the lowest-numbered on a tie.
enum QRMaskPenalty {
    /// Whether mask `mask` flips the data module in column `x`, row `y`.
    static func flips(mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (x * y) % 2 + (x * y) % 3 == 0
        case 6: ((x * y) % 2 + (x * y) % 3) % 2 == 0
        default: ((x + y) % 2 + (x * y) % 3) % 2 == 0
        }
    }

    static func bestMask(for grid: QRModuleGrid) -> Int {
        let penalties = (0..<8).map { mask in
            var masked = grid
            masked.applyMask(mask)
            return penalty(masked)
        }
        return penalties.firstIndex(of: penalties.min()!)!
    }

    static func penalty(_ grid: QRModuleGrid) -> Int {
        let rows = (0..<grid.size).map { y in (0..<grid.size).map { x in grid.isDark(x: x, y: y) } }
        let columns = (0..<grid.size).map { x in (0..<grid.size).map { y in grid.isDark(x: x, y: y) } }
        let lines = rows + columns
        return lines.map(runPenalty).reduce(0, +) + blockPenalty(rows) + lines.map(finderLikePenalty).reduce(0, +)
            + balancePenalty(rows)
    }

    /// 3 for a run of five modules of one colour in a row or column, and 1 more per module beyond.
    static func runPenalty(_ line: [Bool]) -> Int {
        var penalty = 0
        var runLength = 0
        for (index, module) in line.enumerated() {
            runLength = index > 0 && line[index - 1] == module ? runLength + 1 : 1
            if runLength == 5 { penalty += 3 } else if runLength > 5 { penalty += 1 }
        }
        return penalty
    }

    /// 3 for every 2×2 square of one colour, overlapping squares each counted.
    static func blockPenalty(_ rows: [[Bool]]) -> Int {
        var penalty = 0
        for y in 1..<rows.count {
            for x in 1..<rows.count {
                let colour = rows[y][x]
                if rows[y][x - 1] == colour && rows[y - 1][x] == colour && rows[y - 1][x - 1] == colour { penalty += 3 }
            }
        }
        return penalty
    }

    /// 40 for every dark–light–dark×3–light–dark run (a finder's 1:1:3:1:1 cross-section) with four
    /// light modules before or after it; beyond the symbol is the light quiet zone. Overlapping runs
    /// each count (segno, which we test against, resumes its search after a counted run and so
    /// misses the second: its choice of mask differs from ours in about 1 symbol in 200).
    static func finderLikePenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        func isLight(_ range: Range<Int>) -> Bool { range.allSatisfy { !line.indices.contains($0) || !line[$0] } }
        var penalty = 0
        for start in 0...(line.count - pattern.count) where line[start..<start + pattern.count].elementsEqual(pattern) {
            if isLight(start - 4..<start) || isLight(start + 7..<start + 11) { penalty += 40 }
        }
        return penalty
    }

    /// 10 for every full 5 percent that the share of dark modules is away from half.
    static func balancePenalty(_ rows: [[Bool]]) -> Int {
        let total = rows.count * rows.count
        let dark = rows.reduce(0) { $0 + $1.count(where: { $0 }) }
        return 10 * (abs(dark * 20 - total * 10) / total)
    }
}
