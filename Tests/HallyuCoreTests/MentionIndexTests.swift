import HallyuCore
import XCTest

final class MentionIndexTests: XCTestCase {
    private let hanSoHee = MentionTarget(kind: .person, slug: "han-so-hee")
    private let songKang = MentionTarget(kind: .person, slug: "song-kang")
    private let songKangHo = MentionTarget(kind: .person, slug: "song-kang-ho")

    private var index: MentionIndex {
        MentionIndex(records: [
            NameRecord(target: hanSoHee, names: ["Han So-hee", "한소희"], givenNames: ["So-hee"], hangulName: "한소희"),
            NameRecord(target: songKang, names: ["Song Kang", "송강"], hangulName: "송강"),
            NameRecord(target: songKangHo, names: ["Song Kang-ho", "송강호"], hangulName: "송강호"),
        ])
    }

    func testOffsetsAreGivenInUTF16AndUTF8() throws {
        let text = "🎬 한소희는 Han Sohee"
        let mentions = index.analyze(text).mentions
        XCTAssertEqual(mentions.map(\.text), ["한소희", "Han Sohee"])
        let hangul = try XCTUnwrap(mentions.first)
        // 🎬 is two UTF-16 units and four UTF-8 bytes; each syllable is one unit and three bytes.
        XCTAssertEqual([hangul.start, hangul.end, hangul.utf8Start, hangul.utf8End], [3, 6, 5, 14])
        let utf16 = Array(text.utf16)
        XCTAssertEqual(String(decoding: utf16[hangul.start..<hangul.end], as: UTF16.self), "한소희")
        let utf8 = Array(text.utf8)
        XCTAssertEqual(String(decoding: utf8[hangul.utf8Start..<hangul.utf8End], as: UTF8.self), "한소희")
    }

    func testTheLongestNameWinsAndParticlesFollowHangul() {
        let mentions = index.analyze("송강호가 말했다. 송강은 웃었다. 송강호텔").mentions
        XCTAssertEqual(mentions.map(\.target), [songKangHo, songKang], "송강호텔 (a hotel) is not a name with a particle")
    }

    func testGivenNamesNeedAnIntroduction() {
        XCTAssertEqual(index.analyze("So-hee smiled.").mentions, [])
        XCTAssertEqual(index.analyze("So-hee smiled.").ambiguous.map(\.text), ["So-hee"], "a stray given name is reported")
        XCTAssertEqual(index.analyze("Han So-hee arrived. So-hee smiled.").mentions.map(\.target), [hanSoHee, hanSoHee])
        XCTAssertEqual(index.analyze("So-hee smiled.", subjects: [hanSoHee]).mentions.map(\.target), [hanSoHee])
    }

    func testWordsInsideOtherWordsAndLowercaseDoNotMatch() {
        XCTAssertEqual(index.analyze("a song kangaroo, Han So-heel, the han so-hee").mentions, [])
    }
}
