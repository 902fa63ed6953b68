/// What happens where one syllable meets the next, by the Revised Romanization's rules on sound
/// changes: linking, nasalisation, the ㄹ rules, palatalisation and aspiration. Tensing is not
/// written in the romanization, so it has no case here.
enum SoundChange {
    /// How a syllable's final is written, and how the next syllable's initial is written (nil when
    /// there is no next syllable).
    static func boundary(_ current: HangulSyllable, _ next: HangulSyllable?) -> (final: String, nextInitial: String?) {
        let final = current.final
        guard let next else { return (Romanization.finals[final], nil) }
        let initial = next.initial
        let plain = Romanization.initials[initial]
        if final == Final.none { return ("", plain) }
        if initial == Initial.ieung { return linking(final: final, nextVowel: next.vowel) }

        switch (final, initial) {
        // ㅎ (alone or in ㄶ ㅀ) aspirates a following ㄱ ㄷ ㅈ.
        case (Final.hieut, Initial.giyeok), (Final.hieut, Initial.digeut), (Final.hieut, Initial.jieut):
            return ("", aspirated(initial))
        case (Final.nieutHieut, Initial.giyeok), (Final.nieutHieut, Initial.digeut), (Final.nieutHieut, Initial.jieut):
            return ("n", aspirated(initial))
        case (Final.rieulHieut, Initial.giyeok), (Final.rieulHieut, Initial.digeut), (Final.rieulHieut, Initial.jieut):
            return ("l", aspirated(initial))
        case (Final.hieut, Initial.nieun):
            return ("n", "n")
        // ㄹ meeting ㄴ or ㄹ is ll; ㄴ before ㄹ is ll too.
        case (Final.nieun, Initial.rieul), (Final.rieul, Initial.nieun), (Final.rieul, Initial.rieul):
            return ("l", "l")
        // ㄹ after ㅁ or ㅇ sounds as ㄴ.
        case (Final.mieum, Initial.rieul):
            return ("m", "n")
        case (Final.ieung, Initial.rieul):
            return ("ng", "n")
        default:
            break
        }
        let sound = Romanization.finals[final]
        // Before ㄴ, ㅁ (and ㄹ, which then becomes ㄴ) the stops k t p are nasalised.
        if initial == Initial.nieun || initial == Initial.mieum || initial == Initial.rieul {
            let nasal = ["k": "ng", "t": "n", "p": "m"][sound]
            if let nasal { return (nasal, initial == Initial.rieul ? "n" : plain) }
        }
        if initial == Initial.hieut {
            // ㄷ before 히 is palatalised as well as aspirated (굳히다 guchida).
            if final == Final.digeut && next.vowel == Vowel.i { return ("", "ch") }
            if final == Final.jieut { return ("", "ch") }
            // A stop before ㅎ: in nouns the ㅎ is still written (묵호 Mukho, 집현전 Jiphyeonjeon);
            // in the verb endings of 하다 and in passives the two merge (잡혀 japyeo, 응답하라 Eungdapara).
            if verbSyllables.contains(next.scalar), let merged = ["k": "k", "t": "t", "p": "p"][sound] {
                return ("", merged)
            }
        }
        return (sound, plain)
    }

    /// A final before a syllable that starts with a vowel moves across.
    private static func linking(final: Int, nextVowel: Int) -> (final: String, nextInitial: String?) {
        if final == Final.ieung { return ("ng", "") }
        if final == Final.hieut { return ("", "") }
        // ㄷ ㅌ before 이 become j ch (해돋이 haedoji, 같이 gachi).
        if nextVowel == Vowel.i {
            if final == Final.digeut { return ("", "j") }
            if final == Final.tieut { return ("", "ch") }
        }
        if let split = compoundFinals[final] { return split }
        return ("", movedFinals[final] ?? "")
    }

    /// Syllables of 하다 and of passive or causative endings, after which ㅎ is not a noun's.
    private static let verbSyllables: Set<Unicode.Scalar> = ["하", "한", "할", "함", "합", "해", "했", "혀", "혔", "히"]

    private static func aspirated(_ initial: Int) -> String {
        switch initial {
        case Initial.giyeok: "k"
        case Initial.digeut: "t"
        default: "ch"
        }
    }

    /// A final that moves to the next syllable, spelt as that syllable's initial.
    private static let movedFinals: [Int: String] = [
        1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch", 24: "k", 25: "t", 26: "p",
    ]

    /// Two-letter finals before a vowel: the first letter stays, the second moves (닭이 dalgi, 없어 eopseo).
    private static let compoundFinals: [Int: (final: String, nextInitial: String?)] = [
        3: ("k", "s"), 5: ("n", "j"), 6: ("", "n"), 9: ("l", "g"), 10: ("l", "m"), 11: ("l", "b"), 12: ("l", "s"),
        13: ("l", "t"), 14: ("l", "p"), 15: ("", "r"), 18: ("p", "s"),
    ]

    private enum Initial {
        static let giyeok = 0, nieun = 2, digeut = 3, rieul = 5, mieum = 6, ieung = 11, jieut = 12, hieut = 18
    }

    private enum Final {
        static let none = 0, nieun = 4, nieutHieut = 6, digeut = 7, rieul = 8, rieulHieut = 15, mieum = 16
        static let ieung = 21, jieut = 22, tieut = 25, hieut = 27
    }

    private enum Vowel {
        static let i = 20
    }
}
