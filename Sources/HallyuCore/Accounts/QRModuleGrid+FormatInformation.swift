import Foundation

/// The format information (correction level and mask, twice) and, from version 7, the version
/// information (twice), each protected by a BCH code so a reader can trust them before anything else.
extension QRModuleGrid {
    /// Left light until the mask is chosen: these modules are scored blank, as they cannot be
    /// written before the mask they describe is known (segno, our reference, scores them so too).
    mutating func reserveFormatAndVersionAreas() {
        for (x, y) in formatPositions().flatMap({ [$0.0, $0.1] }) + [alwaysDarkPosition] {
            setFunction(x: x, y: y, dark: false)
        }
        for (x, y) in versionPositions().flatMap({ [$0.0, $0.1] }) {
            setFunction(x: x, y: y, dark: false)
        }
    }

    mutating func drawFormatInformation(correction: QRCode.Correction, mask: Int) {
        let data = correction.formatBits << 3 | mask
        // The fixed XOR keeps the bits from ever being all light, whatever the level and mask.
        let bits = (data << 10 | QRBCH.remainder(of: data << 10, dividedBy: 0b101_0011_0111)) ^ 0b101_0100_0001_0010
        for (bit, (first, second)) in formatPositions().enumerated() {
            let isDark = (bits >> bit) & 1 == 1
            setFunction(x: first.x, y: first.y, dark: isDark)
            setFunction(x: second.x, y: second.y, dark: isDark)
        }
        setFunction(x: alwaysDarkPosition.x, y: alwaysDarkPosition.y, dark: true)
    }

    mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        let bits = version << 12 | QRBCH.remainder(of: version << 12, dividedBy: 0b1_1111_0010_0101)
        for (bit, (first, second)) in versionPositions().enumerated() {
            let isDark = (bits >> bit) & 1 == 1
            setFunction(x: first.x, y: first.y, dark: isDark)
            setFunction(x: second.x, y: second.y, dark: isDark)
        }
    }

    /// The module beside the bottom-left finder that is dark in every symbol.
    private var alwaysDarkPosition: (x: Int, y: Int) { (8, size - 8) }

    /// Where format bit 0…14 goes: around the top-left finder, and split between the other two.
    private func formatPositions() -> [((x: Int, y: Int), (x: Int, y: Int))] {
        (0..<15).map { bit in
            // Around the top-left finder, stepping over the timing patterns in row and column 6.
            let first: (x: Int, y: Int) =
                switch bit {
                case 0..<6: (8, bit)
                case 6: (8, 7)
                case 7: (8, 8)
                case 8: (7, 8)
                default: (14 - bit, 8)
                }
            // Bits 0…7 under the top-right finder, right to left; 8…14 beside the bottom-left one.
            let second: (x: Int, y: Int) = bit < 8 ? (size - 1 - bit, 8) : (8, size - 15 + bit)
            return (first, second)
        }
    }

    /// Where version bit 0…17 goes: a 3-wide, 6-high block left of the top-right finder, and the
    /// same block transposed above the bottom-left finder.
    private func versionPositions() -> [((x: Int, y: Int), (x: Int, y: Int))] {
        guard version >= 7 else { return [] }
        return (0..<18).map { bit in ((size - 11 + bit % 3, bit / 3), (bit / 3, size - 11 + bit % 3)) }
    }
}

extension QRCode.Correction {
    /// The level's two bits in the format information; not in the order of strength.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
