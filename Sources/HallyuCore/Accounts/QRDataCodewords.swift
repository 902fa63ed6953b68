import Foundation

/// The data codewords of one byte-mode segment: mode, length, the bytes, then the terminator and
/// padding that fill the version's data capacity exactly.
enum QRDataCodewords {
    private static let byteModeIndicator = 0b0100
    /// Alternate padding codewords, chosen by the standard so that padding does not look like data.
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    static func dataCodewordCount(version: Int, correction: QRCode.Correction) -> Int {
        let blocks = QRCodeTables.blockCount(version: version, correction: correction)
        let perBlock = QRCodeTables.correctionCodewordsPerBlock(version: version, correction: correction)
        return QRCodeGeometry.totalCodewords(version: version) - blocks * perBlock
    }

    /// The most bytes one byte-mode segment can carry in this symbol.
    static func capacity(version: Int, correction: QRCode.Correction) -> Int {
        let headerBits = 4 + lengthBits(version: version)
        return (dataCodewordCount(version: version, correction: correction) * 8 - headerBits) / 8
    }

    /// The byte count takes 8 bits in versions 1…9 and 16 bits from version 10.
    static func lengthBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    static func encode(_ bytes: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let capacityBits = dataCodewordCount(version: version, correction: correction) * 8
        var buffer = QRBitBuffer()
        buffer.append(byteModeIndicator, width: 4)
        buffer.append(bytes.count, width: lengthBits(version: version))
        for byte in bytes { buffer.append(Int(byte), width: 8) }
        precondition(buffer.count <= capacityBits, "the version was chosen too small")
        // Up to four zero bits end the data, then zeros to the next codeword boundary.
        buffer.append(0, width: min(4, capacityBits - buffer.count))
        buffer.append(0, width: (8 - buffer.count % 8) % 8)
        let codewords = buffer.bytes
        return codewords + (0..<(capacityBits / 8 - codewords.count)).map { padCodewords[$0 % 2] }
    }
}
