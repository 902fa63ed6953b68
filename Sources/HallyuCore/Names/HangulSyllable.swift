/// A precomposed Hangul syllable taken apart into its initial, vowel and final jamo, by the
/// arithmetic of the Unicode block (U+AC00 + (initial × 21 + vowel) × 28 + final).
public struct HangulSyllable: Sendable, Hashable {
    /// 0…18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    public let initial: Int
    /// 0…20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    public let vowel: Int
    /// 0…27, 0 meaning no final: ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
    public let final: Int

    static let base: UInt32 = 0xAC00
    static let count: UInt32 = 11_172

    /// Nil for anything but a precomposed syllable.
    public init?(_ scalar: Unicode.Scalar) {
        guard scalar.value >= Self.base, scalar.value < Self.base + Self.count else { return nil }
        let index = Int(scalar.value - Self.base)
        initial = index / (21 * 28)
        vowel = (index % (21 * 28)) / 28
        final = index % 28
    }

    public init(initial: Int, vowel: Int, final: Int) {
        self.initial = initial
        self.vowel = vowel
        self.final = final
    }

    public var scalar: Unicode.Scalar {
        Unicode.Scalar(Self.base + UInt32((initial * 21 + vowel) * 28 + final))!
    }

    /// The initial consonant as a compatibility jamo (ㅎ for 한), which is what people type
    /// when they search by initials.
    public var initialJamo: Unicode.Scalar { Self.compatibilityInitials[initial] }

    static let compatibilityInitials: [Unicode.Scalar] = [
        "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
    ]
}

/// Questions about Korean text.
public enum Hangul {
    /// True when the text holds at least one precomposed syllable.
    public static func containsSyllables(_ text: String) -> Bool {
        text.unicodeScalars.contains { HangulSyllable($0) != nil }
    }

    /// The initial-consonant (choseong) key: 한소희 → ㅎㅅㅎ. Non-syllables are dropped.
    public static func initials(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let syllable = HangulSyllable(scalar) { key.append(syllable.initialJamo) }
        }
        return String(key)
    }

    /// True when every character is an initial consonant (ㄱ…ㅎ), as in a search for ㅎㅅㅎ.
    public static func isInitialsOnly(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { HangulSyllable.compatibilityInitials.contains($0) }
    }
}
