/// Characters that readers' text must not carry onto the site, and the one-line form that names,
/// poll questions and options share.
enum PlainTextCleaning {
    /// Control characters other than newline and tab, and the invisible characters that can
    /// reverse or hide text (a bidi override can make "gpj.exe" read as "exe.jpg").
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// True when something a reader could see is left: a text of spaces, zero-width characters or
    /// Hangul fillers looks empty on the page, so it counts as empty.
    static func hasVisibleCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x200B...0x200D, 0x2060: false
            default: !scalar.properties.isWhitespace && !scalar.properties.isDefaultIgnorableCodePoint
            }
        }
    }

    /// The text without the removed characters, line breaks and tabs kept.
    static func removingHidden(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isRemoved($0) }))
    }

    /// The text on one line: removed characters dropped, any run of whitespace (newlines and
    /// tabs included) made one space, and nothing at either end.
    static func singleLine(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else if !isRemoved(scalar) {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
