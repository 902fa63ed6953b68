import Foundation

/// Percent-encodes link destinations the way the CommonMark reference renderer does, so that
/// `</my uri>` becomes `/my%20uri` while `%20` already in the source is kept as written.
enum URLNormalisation {
    static func normalise(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                Bytes.isHexDigit(bytes[index + 1]), Bytes.isHexDigit(bytes[index + 2])
            {
                output.append(contentsOf: bytes[index...(index + 2)])
                index += 3
                continue
            }
            if Bytes.isAlphanumeric(byte) || isKept(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
            index += 1
        }
        return Bytes.string(output)
    }

    static func normalise(_ text: String) -> String { normalise(Array(text.utf8)) }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Reserved and unreserved URL characters that need no encoding.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"),
            UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
            UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }
}
