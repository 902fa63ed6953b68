import Foundation
import HallyuCore
import Testing

@Suite struct RomanizationTests {
    @Test func syllablesComeApart() throws {
        let han = try #require(HangulSyllable("한"))
        #expect(han.initial == 18 && han.vowel == 0 && han.final == 4)
        #expect(han.scalar == "한")
        #expect(HangulSyllable("a") == nil)
        #expect(HangulSyllable("ㅎ") == nil)
    }

    @Test func initialsKeys() throws {
        #expect(Hangul.initials("한소희") == "ㅎㅅㅎ")
        #expect(Hangul.initials("송강") == "ㅅㄱ")
        #expect(Hangul.initials("Han 소희!") == "ㅅㅎ")
        #expect(Hangul.isInitialsOnly("ㅎㅅㅎ"))
        #expect(!(Hangul.isInitialsOnly("ㅎ소")))
        #expect(!(Hangul.isInitialsOnly("")))
    }

    @Test func namesAreRomanizedSyllableBySyllable() throws {
        #expect(Romanization.name("소희") == "sohui")
        #expect(Romanization.name("복남") == "boknam", "no nasalisation inside a given name")
        #expect(Romanization.name("석우") == "seoku", "no linking inside a given name")
        #expect(Romanization.name("박") == "bak")
        #expect(Romanization.name("이") == "i")
        #expect(Romanization.name("최") == "choe")
    }

    @Test func wordsFollowTheSoundChangeRules() throws {
        let cases: [(String, String)] = [
            ("알고있지만", "algoitjiman"),
            ("신라", "silla"),
            ("종로", "jongno"),
            ("독립문", "dongnimmun"),
            ("백마", "baengma"),
            ("같이", "gachi"),
            ("해돋이", "haedoji"),
            ("좋고", "joko"),
            ("좋아", "joa"),
            ("설날", "seollal"),
            ("음악", "eumak"),
            ("없어", "eopseo"),
            ("닭이", "dalgi"),
            ("많고", "manko"),
            ("묵호", "mukho"),
            ("집현전", "jiphyeonjeon"),
            ("협력", "hyeomnyeok"),
            ("부부의 세계", "bubuui segye"),
            ("사랑의 불시착", "sarangui bulsichak"),
        ]
        for (hangul, expected) in cases {
            #expect(Romanization.word(hangul) == expected, "\(hangul)")
        }
    }
}
