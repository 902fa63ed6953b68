import Foundation

/// Entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`) and backslash escapes.
enum CharacterReferences {
    /// Decodes a reference starting at the `&` at `index`.
    /// Returns the decoded UTF-8 bytes and how many input bytes the reference used.
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (value: [UInt8], length: Int)? {
        guard index + 2 < end, bytes[index] == Bytes.ampersand else { return nil }
        if bytes[index + 1] == Bytes.hash {
            return decodeNumeric(bytes, at: index, end: end)
        }
        var position = index + 1
        guard Bytes.isLetter(bytes[position]) else { return nil }
        while position < end && position - index <= HTMLEntityTable.longestName && Bytes.isAlphanumeric(bytes[position]) {
            position += 1
        }
        guard position < end, bytes[position] == UInt8(ascii: ";"), position - index >= 3 else { return nil }
        guard let text = HTMLEntityTable.entities[Bytes.string(bytes, (index + 1)..<position)] else { return nil }
        return (Array(text.utf8), position + 1 - index)
    }

    private static func decodeNumeric(_ bytes: [UInt8], at index: Int, end: Int) -> (value: [UInt8], length: Int)? {
        var position = index + 2
        let isHex = position < end && (bytes[position] | 0x20) == UInt8(ascii: "x")
        if isHex { position += 1 }
        let digitsStart = position
        let maximumDigits = isHex ? 6 : 7
        var value: UInt32 = 0
        while position < end && position - digitsStart < maximumDigits {
            let byte = bytes[position]
            if isHex, Bytes.isHexDigit(byte) {
                let digit = Bytes.isDigit(byte) ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
                value = value * 16 + UInt32(digit)
            } else if !isHex, Bytes.isDigit(byte) {
                value = value * 10 + UInt32(byte - 0x30)
            } else {
                break
            }
            position += 1
        }
        guard position > digitsStart, position < end, bytes[position] == UInt8(ascii: ";") else { return nil }
        // NUL, surrogates and out-of-range values become the replacement character, as the spec says.
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (Array(String(scalar ?? "\u{FFFD}").utf8), position + 1 - index)
    }

    /// Resolves backslash escapes and character references, as link destinations, titles and
    /// info strings need.
    static func unescape(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte == Bytes.backslash, index + 1 < end, Bytes.isASCIIPunctuation(bytes[index + 1]) {
                output.append(bytes[index + 1])
                index += 2
            } else if byte == Bytes.ampersand, let reference = decode(bytes, at: index, end: end) {
                output.append(contentsOf: reference.value)
                index += reference.length
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
