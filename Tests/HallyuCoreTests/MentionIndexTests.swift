import Foundation
import HallyuCore
import Testing

@Suite struct MentionIndexTests {
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

    @Test func offsetsAreGivenInUTF16AndUTF8() throws {
        let text = "🎬 한소희는 Han Sohee"
        let mentions = index.analyze(text).mentions
        #expect(mentions.map(\.text) == ["한소희", "Han Sohee"])
        let hangul = try #require(mentions.first)
        // 🎬 is two UTF-16 units and four UTF-8 bytes; each syllable is one unit and three bytes.
        #expect((hangul.start, hangul.end, hangul.utf8Start, hangul.utf8End) == (3, 6, 5, 14))
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[hangul.start..<hangul.end], as: UTF16.self) == "한소희")
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[hangul.utf8Start..<hangul.utf8End], as: UTF8.self) == "한소희")
    }

    @Test func theLongestNameWinsAndParticlesFollowHangul() throws {
        let mentions = index.analyze("송강호가 말했다. 송강은 웃었다. 송강호텔").mentions
        #expect(mentions.map(\.target) == [songKangHo, songKang], "송강호텔 (a hotel) is not a name with a particle")
    }

    @Test func givenNamesNeedAnIntroduction() throws {
        #expect(index.analyze("So-hee smiled.").mentions == [])
        #expect(index.analyze("So-hee smiled.").ambiguous.map(\.text) == ["So-hee"], "a stray given name is reported")
        #expect(index.analyze("Han So-hee arrived. So-hee smiled.").mentions.map(\.target) == [hanSoHee, hanSoHee])
        #expect(index.analyze("So-hee smiled.", subjects: [hanSoHee]).mentions.map(\.target) == [hanSoHee])
    }

    @Test func wordsInsideOtherWordsAndLowercaseDoNotMatch() throws {
        #expect(index.analyze("a song kangaroo, Han So-heel, the han so-hee").mentions == [])
    }
}
