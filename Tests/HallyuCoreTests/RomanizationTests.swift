import HallyuCore
import XCTest

final class RomanizationTests: XCTestCase {
    func testSyllablesComeApart() throws {
        let han = try XCTUnwrap(HangulSyllable("한"))
        XCTAssertEqual([han.initial, han.vowel, han.final], [18, 0, 4])
        XCTAssertEqual(han.scalar, "한")
        XCTAssertNil(HangulSyllable("a"))
        XCTAssertNil(HangulSyllable("ㅎ"))
    }

    func testInitialsKeys() {
        XCTAssertEqual(Hangul.initials("한소희"), "ㅎㅅㅎ")
        XCTAssertEqual(Hangul.initials("송강"), "ㅅㄱ")
        XCTAssertEqual(Hangul.initials("Han 소희!"), "ㅅㅎ")
        XCTAssertTrue(Hangul.isInitialsOnly("ㅎㅅㅎ"))
        XCTAssertFalse(Hangul.isInitialsOnly("ㅎ소"))
        XCTAssertFalse(Hangul.isInitialsOnly(""))
    }

    func testNamesAreRomanizedSyllableBySyllable() {
        XCTAssertEqual(Romanization.name("소희"), "sohui")
        XCTAssertEqual(Romanization.name("복남"), "boknam", "no nasalisation inside a given name")
        XCTAssertEqual(Romanization.name("석우"), "seoku", "no linking inside a given name")
        XCTAssertEqual(Romanization.name("박"), "bak")
        XCTAssertEqual(Romanization.name("이"), "i")
        XCTAssertEqual(Romanization.name("최"), "choe")
    }

    func testWordsFollowTheSoundChangeRules() {
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
            XCTAssertEqual(Romanization.word(hangul), expected, hangul)
        }
    }
}
