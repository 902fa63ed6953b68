/// Hangul in the Latin alphabet by the Revised Romanization of Korean (2000).
///
/// Personal names follow the rule for names: each syllable on its own, with no sound changes
/// between the syllables of the given name (한복남 → Han Boknam). Other words — titles, places —
/// follow the sound-change rules at syllable boundaries (신라 → Silla, 종로 → Jongno,
/// 같이 → gachi), which is how the official spelling of a drama title is formed.
public enum Romanization {
    static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let vowels = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i",
    ]
    /// Each final as it sounds at the end of a syllable (before a consonant or a pause).
    static let finals = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
        "t", "ng", "t", "t", "k", "t", "p", "t",
    ]

    /// One syllable on its own, as in a given name: 석 → seok, 희 → hui.
    public static func syllable(_ syllable: HangulSyllable) -> String {
        initials[syllable.initial] + vowels[syllable.vowel] + finals[syllable.final]
    }

    /// A given name or family name, syllable by syllable; anything not Hangul is kept.
    public static func name(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let syllable = HangulSyllable(scalar) {
                result += Self.syllable(syllable)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A title as English text writes a Korean one: romanized with the sound changes, each
    /// word capitalised ("사랑의 불시착" → "Sarangui Bulsichak").
    public static func title(_ text: String) -> String {
        word(text).split(separator: " ").map { KoreanName.capitalized(String($0)) }.joined(separator: " ")
    }

    /// A word or title with the sound changes at syllable boundaries; spaces and anything not
    /// Hangul are kept as they are, and end a run of syllables.
    public static func word(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        // The next syllable's initial as the previous boundary decided it.
        var decidedInitial: String?
        for (index, scalar) in scalars.enumerated() {
            guard let current = HangulSyllable(scalar) else {
                result.unicodeScalars.append(scalar)
                decidedInitial = nil
                continue
            }
            let next = index + 1 < scalars.count ? HangulSyllable(scalars[index + 1]) : nil
            let boundary = SoundChange.boundary(current, next)
            result += (decidedInitial ?? initials[current.initial]) + vowels[current.vowel] + boundary.final
            decidedInitial = boundary.nextInitial
        }
        return result
    }
}
