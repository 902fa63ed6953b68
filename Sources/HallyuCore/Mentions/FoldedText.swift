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
        // Other characters (curly quotes, dashes, accented letters) recur; each is folded once.
        var otherFolds: [UInt32: [Unicode.Scalar]] = [:]
        let asciiFolds = Self.asciiFolds
        for (index, scalar) in source.enumerated() {
            if scalar.value < 0x80 {
                // Every ASCII character folds by the table (to one character or none): no string
                // work for the bulk of the text.
                let folded = asciiFolds[Int(scalar.value)]
                if folded >= 0 {
                    scalars.append(Unicode.Scalar(UInt8(folded)))
                    origins.append(index)
                }
            } else if HangulSyllable(scalar) != nil {
                scalars.append(scalar)
                origins.append(index)
            } else {
                let folds =
                    otherFolds[scalar.value]
                    ?? {
                        let made = Array(NameKey.make(String(scalar)).unicodeScalars)
                        otherFolds[scalar.value] = made
                        return made
                    }()
                for folded in folds {
                    scalars.append(folded)
                    origins.append(index)
                }
            }
        }
    }

    /// What `NameKey` makes of each ASCII character, worked out once so both always agree: the
    /// folded character's value, or -1 for one folded away.
    static let asciiFolds: [Int16] = (0..<128).map { value in
        let folded = Array(NameKey.make(String(Unicode.Scalar(UInt8(value)))).unicodeScalars)
        precondition(folded.count <= 1 && (folded.first?.value ?? 0) < 0x80, "an ASCII character folds to at most one")
        return folded.first.map { Int16($0.value) } ?? -1
    }
}
