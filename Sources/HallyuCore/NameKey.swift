import Foundation

/// The normalised form names are matched on: case, spaces, hyphens, apostrophes and diacritics
/// folded away, Hangul kept as it is. "Han So-hee", "han sohee" and "HAN SO HEE" share one key.
public enum NameKey {
    public static func make(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        key.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars where !isIgnorable(scalar) {
            key.unicodeScalars.append(scalar)
        }
        return key.precomposedStringWithCanonicalMapping
    }

    /// Separators and punctuation people put in names inconsistently.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "'", "\u{2019}", "\u{2018}", ".", "\u{00B7}", "_":
            return true
        default:
            return false
        }
    }
}
