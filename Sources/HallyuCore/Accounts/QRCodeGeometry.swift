import Foundation

/// What follows from a version's size alone: where the alignment patterns go and how many
/// codewords the modules left over for data and correction hold.
enum QRCodeGeometry {
    /// Codewords of data and correction together: the modules the function patterns and the
    /// format and version information leave, eight to a codeword (the few over are remainder bits).
    static func totalCodewords(version: Int) -> Int {
        let size = 17 + 4 * version
        let alignmentsPerSide = alignmentPositions(version: version).count
        let alignmentPatterns = max(0, alignmentsPerSide * alignmentsPerSide - 3)  // none over a finder
        // Those on row or column 6 share five modules with a timing pattern, counted once.
        let alignmentsOnTiming = max(0, 2 * (alignmentsPerSide - 2))
        let finders = 3 * 8 * 8  // with their separators
        let timing = 2 * (size - 16)
        let format = 2 * 15 + 1  // and the module that is always dark
        let versionInformation = version >= 7 ? 2 * 18 : 0
        let functionModules = finders + timing + format + versionInformation + 25 * alignmentPatterns - 5 * alignmentsOnTiming
        return (size * size - functionModules) / 8
    }

    /// Centres of the alignment patterns along either axis: 6, then evenly spaced up to
    /// `size - 7` with an even spacing rounded up (version 32 alone is spaced more tightly).
    static func alignmentPositions(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let last = 17 + 4 * version - 7
        let roughStep = (last - 6 + count - 2) / (count - 1)
        let step = version == 32 ? 26 : roughStep + roughStep % 2
        return [6] + (1..<count).map { last - (count - 1 - $0) * step }
    }
}
