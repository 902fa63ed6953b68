import Foundation

/// Bits appended most significant first, the order a QR data stream is written in.
struct QRBitBuffer {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    /// The low `width` bits of `value`.
    mutating func append(_ value: Int, width: Int) {
        precondition(width >= 0 && value >> width == 0, "\(value) does not fit in \(width) bits")
        for shift in stride(from: width - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// Whole bytes; only called once the stream has been padded to a multiple of eight.
    var bytes: [UInt8] {
        precondition(bits.count % 8 == 0, "a QR data stream is padded to whole codewords")
        return stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}
