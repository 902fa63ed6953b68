import Foundation

/// URL slugs as the contract defines them: lowercase ASCII words joined by hyphens.
public enum Slug {
    /// Makes a slug from a romanized or English name: `"Han So-hee"` → `"han-so-hee"`.
    ///
    /// Letters with diacritics are folded to ASCII first, apostrophes vanish (so "Don't" stays one
    /// word), and every other run of non-alphanumerics becomes one hyphen. Text with no ASCII
    /// letters or digits at all (say, only Hangul) gives an empty string: callers pick a fallback.
    public static func make(from text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            let value = scalar.value
            let isDigit = (48...57).contains(value)
            let isLetter = (97...122).contains(value)
            let isUpper = (65...90).contains(value)
            if isDigit || isLetter || isUpper {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// True when `text` is already a well-formed slug.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 200, text.first != "-", text.last != "-" else { return false }
        var previousWasHyphen = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}

extension Slug {
    /// The slugs to try, in order, for a newcomer whose plain slug may be taken: the plain one,
    /// then with the year that tells it apart (a person's birth year, a title's first year),
    /// then `-2`, `-3`, … as the contract prescribes.
    public static func candidates(base: String, year: Int?) -> some Sequence<String> {
        let named = [base] + (year.map { ["\(base)-\($0)"] } ?? [])
        var index = 0
        var number = 1
        return AnyIterator<String> {
            if index < named.count {
                defer { index += 1 }
                return named[index]
            }
            number += 1
            return "\(base)-\(number)"
        }
    }
}
