/// Text folded the way names are matched (`NameKey`: case, diacritics, spaces, hyphens and
/// apostrophes folded away, Hangul kept), remembering where each folded character came from so
/// a match can be mapped back to the original text.
struct FoldedText {
    /// The folded characters.
    var scalars: [Unicode.Scalar] = []
    /// For each folded character, the index of its source in `source`.
    var origins: [Int] = []
    /// The original text's scalars.
    let source: [Unicode.Scalar]

    init(_ text: String) {
        source = Array(text.unicodeScalars)
        scalars.reserveCapacity(source.count)
        origins.reserveCapacity(source.count)
        for (index, scalar) in source.enumerated() {
            for folded in Self.fold(scalar) {
                scalars.append(folded)
                origins.append(index)
            }
        }
    }

    /// One source character as zero or more folded ones. ASCII takes a fast path; the rest goes
    /// through `NameKey` so both agree on every character.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return [Unicode.Scalar(value + 32)!]
            case 0x61...0x7A, 0x30...0x39: return [scalar]
            default: return NameKey.make(String(scalar)).unicodeScalars.map { $0 }
            }
        }
        if HangulSyllable(scalar) != nil { return [scalar] }
        return Array(NameKey.make(String(scalar)).unicodeScalars)
    }
}
