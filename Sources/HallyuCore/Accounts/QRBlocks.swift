import Foundation

/// The final codeword sequence: the data split into blocks, each block given its own
/// Reed–Solomon codewords, then both interleaved so that a smudge spreads its damage over
/// several blocks instead of ruining one.
enum QRBlocks {
    static func interleavedWithCorrection(_ data: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let blockCount = QRCodeTables.blockCount(version: version, correction: correction)
        let correctionCount = QRCodeTables.correctionCodewordsPerBlock(version: version, correction: correction)
        // When the data does not divide evenly, the last blocks carry one codeword more.
        let shortLength = data.count / blockCount
        let longBlocks = data.count % blockCount
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortLength + (index >= blockCount - longBlocks ? 1 : 0)
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let correctionBlocks = dataBlocks.map { QRReedSolomon.correctionCodewords(for: $0, count: correctionCount) }
        return interleave(dataBlocks) + interleave(correctionBlocks)
    }

    /// The first codeword of every block, then the second of every block, and so on; short
    /// blocks are skipped once they run out.
    private static func interleave(_ blocks: [[UInt8]]) -> [UInt8] {
        let longest = blocks.map(\.count).max() ?? 0
        return (0..<longest).flatMap { index in blocks.compactMap { index < $0.count ? $0[index] : nil } }
    }
}
