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
            if scalar.value < 0x80 {
                // Every ASCII character folds by the table: no string work for the bulk of the text.
                for folded in Self.asciiFolds[Int(scalar.value)] {
                    scalars.append(folded)
                    origins.append(index)
                }
            } else if HangulSyllable(scalar) != nil {
                scalars.append(scalar)
                origins.append(index)
            } else {
                for folded in NameKey.make(String(scalar)).unicodeScalars {
                    scalars.append(folded)
                    origins.append(index)
                }
            }
        }
    }

    /// What `NameKey` makes of each ASCII character, worked out once, so both always agree.
    static let asciiFolds: [[Unicode.Scalar]] = (0..<128).map { value in
        Array(NameKey.make(String(Unicode.Scalar(UInt8(value)))).unicodeScalars)
    }
}
