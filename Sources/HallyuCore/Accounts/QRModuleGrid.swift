import Foundation

/// The modules of a symbol while it is being built: the function patterns first, then the
/// codewords in the modules those leave free, which are the only ones a mask may change.
struct QRModuleGrid {
    let size: Int
    let version: Int
    /// Row by row, `true` for dark.
    private(set) var dark: [Bool]
    /// Modules of function patterns and of the format and version information.
    private(set) var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
        drawTimingPatterns()
        drawFinderPatterns()
        drawAlignmentPatterns()
        reserveFormatAndVersionAreas()
    }

    func isDark(x: Int, y: Int) -> Bool { dark[y * size + x] }

    mutating func setFunction(x: Int, y: Int, dark isDark: Bool) {
        dark[y * size + x] = isDark
        isFunction[y * size + x] = true
    }

    /// Codewords go in two-module-wide columns from the bottom right, up the first column pair,
    /// down the next and so on, right module before left; the vertical timing pattern's column is
    /// skipped whole. Bits left over at the end (remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var upward = true
        var right = size - 1
        while right > 0 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] {
                    if bitIndex < bitCount {
                        dark[y * size + x] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                    }
                    bitIndex += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Flips every data module where the mask's condition holds.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && QRMaskPenalty.flips(mask: mask, x: x, y: y) {
                dark[y * size + x].toggle()
            }
        }
    }
}
