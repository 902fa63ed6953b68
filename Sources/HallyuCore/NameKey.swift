import Foundation

/// The normalised form names are matched on: case, spaces, hyphens, apostrophes and diacritics
/// folded away, Hangul kept as it is. "Han So-hee", "han sohee" and "HAN SO HEE" share one key.
public enum NameKey {
    public static func make(_ name: String) -> String {
        // Plain ASCII folds by lowering case alone, without Foundation's Unicode folding.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var key = ""
            key.reserveCapacity(name.utf8.count)
            for byte in name.utf8 where !isIgnorable(Unicode.Scalar(byte)) {
                key.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
            }
            return key
        }
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
