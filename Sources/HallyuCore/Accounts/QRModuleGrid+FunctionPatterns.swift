import Foundation

/// The fixed patterns a reader finds the symbol and its grid by.
extension QRModuleGrid {
    /// Alternating modules along row 6 and column 6 (the finders drawn after cover their ends).
    mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunction(x: index, y: 6, dark: index % 2 == 0)
            setFunction(x: 6, y: index, dark: index % 2 == 0)
        }
    }

    /// Three 7×7 concentric squares in the corners, each with a light separator on the inside.
    mutating func drawFinderPatterns() {
        for (centreX, centreY) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = centreX + dx
                    let y = centreY + dy
                    guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                    let ring = max(abs(dx), abs(dy))
                    setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                }
            }
        }
    }

    /// 5×5 squares on the grid of alignment positions, except where a finder already is.
    mutating func drawAlignmentPatterns() {
        let positions = QRCodeGeometry.alignmentPositions(version: version)
        guard let first = positions.first, let last = positions.last else { return }
        for centreY in positions {
            for centreX in positions where !overlapsFinder(centreX, centreY, first: first, last: last) {
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    private func overlapsFinder(_ x: Int, _ y: Int, first: Int, last: Int) -> Bool {
        (x == first && y == first) || (x == last && y == first) || (x == first && y == last)
    }
}
