import Foundation

/// The two Unicode classes that decide whether a run of `*` or `_` can open or close emphasis.
enum UnicodeClasses {
    /// Decodes the scalar starting at `index`; malformed bytes read as U+FFFD so that flanking
    /// rules never trap on odd input.
    static func scalar(in bytes: [UInt8], at index: Int, end: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF7:
            length = 4
            value = UInt32(lead & 0x07)
        default: return "\u{FFFD}"
        }
        guard index + length <= end else { return "\u{FFFD}" }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return "\u{FFFD}" }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Decodes the scalar that ends just before `index`.
    static func scalar(in bytes: [UInt8], before index: Int, start: Int) -> Unicode.Scalar {
        var lead = index - 1
        while lead > start && lead > index - 4 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return scalar(in: bytes, at: lead, end: index)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// CommonMark counts both punctuation and symbols (general categories P and S) here.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return Bytes.isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
