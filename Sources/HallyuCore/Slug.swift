import Foundation

/// URL slugs as the contract defines them: lowercase ASCII words joined by hyphens.
public enum Slug {
    /// The longest slug the contract allows, in bytes (a slug is ASCII).
    public static let maximumLength = 200

    /// Makes a slug from a romanized or English name: `"Han So-hee"` → `"han-so-hee"`.
    ///
    /// Letters with diacritics are folded to ASCII first. Spaces and the marks that separate
    /// words (hyphens, dashes, underscores, slashes, commas, colons, semicolons, ampersands,
    /// middle dots) become one hyphen; every other mark is silent, so a stage name reads as it is
    /// said: "E.SO" → `eso`, "IZ*ONE" → `izone`, "(G)I-DLE" → `gi-dle`, "woo!ah!" → `wooah`,
    /// "Don't" → `dont`, "Mr. Sunshine" → `mr-sunshine`; between digits a mark separates, "6.25" →
    /// `6-25`. Text with no ASCII letters or digits at all (say, only Hangul) gives an empty
    /// string: callers pick a fallback. A slug longer than the limit is `fitted` to it.
    public static func make(from text: String) -> String {
        fitted(words(of: text))
    }

    /// Like `make(from:)`, with Hangul romanized first, so "눈물의 여왕" still gets a slug;
    /// empty only for text with neither.
    public static func make(romanizing text: String) -> String {
        let direct = make(from: text)
        return direct.isEmpty && Hangul.containsSyllables(text) ? make(from: Romanization.title(text)) : direct
    }

    /// The words of `text` joined by hyphens, however long.
    private static func words(of text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        var silentMark = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            let isDigit = (48...57).contains(value)
            let isLetter = (97...122).contains(value)
            let isUpper = (65...90).contains(value)
            if isDigit || isLetter || isUpper {
                // A mark between digits keeps them apart: "6.25" is not 625.
                if (pendingHyphen || (silentMark && isDigit && slug.last?.isNumber == true)) && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                silentMark = false
                slug.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
            } else if isSeparator(scalar) {
                pendingHyphen = true
            } else {
                silentMark = true
            }
        }
        return slug
    }

    /// Spaces, the marks that separate words, and letters and digits of other scripts (a
    /// Hangul part of a name stands apart from the Latin part).
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace || scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        return "-_/\\,;:&|~\u{00B7}\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2022}\u{2026}\u{30FB}".unicodeScalars.contains(scalar)
    }

    /// True when `text` is already a well-formed slug.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength, text.first != "-", text.last != "-" else { return false }
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
    /// then `-2`, `-3`, … as the contract prescribes. Each fits the limit with its ending.
    public static func candidates(base: String, year: Int?) -> some Sequence<String> {
        func ending(_ suffix: String) -> String { fitted(base, limit: maximumLength - suffix.utf8.count) + suffix }
        let named = [fitted(base)] + (year.map { [ending("-\($0)")] } ?? [])
        var index = 0
        var number = 1
        return AnyIterator<String> {
            if index < named.count {
                defer { index += 1 }
                return named[index]
            }
            number += 1
            return ending("-\(number)")
        }
    }

    /// `slug` when it fits in `limit` bytes. A longer one keeps its whole words up to nine bytes
    /// short of the limit and ends in a hyphen and eight hex digits of a hash of the whole
    /// slug: two long names that begin alike still get two slugs, and the same slug always
    /// comes out the same, so a couple's slug made again from its people's slugs still finds it.
    public static func fitted(_ slug: String, limit: Int = maximumLength) -> String {
        guard slug.utf8.count > limit else { return slug }
        let tag = fingerprint(slug)
        let room = limit - tag.utf8.count - 1
        guard room > 0 else { return String(tag.prefix(max(1, limit))) }
        let bytes = Array(slug.utf8)
        var kept = String(decoding: bytes[..<room], as: UTF8.self)
        // Whole words: cut back to the last hyphen unless the cut fell on one.
        if bytes[room] != UInt8(ascii: "-"), let hyphen = kept.lastIndex(of: "-") { kept = String(kept[..<hyphen]) }
        while kept.hasSuffix("-") { kept.removeLast() }
        return kept.isEmpty ? tag : kept + "-" + tag
    }

    /// Eight hex digits of FNV-1a over the slug's bytes: stable across runs and machines, unlike
    /// Swift's own hashing.
    private static func fingerprint(_ slug: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in slug.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash & 0xFFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
