import Foundation
import HallyuTestSupport
import Testing

@testable import HallyuCore

@Suite struct KowikiDramaFileTests {
    private func sample() throws -> KowikiDramaFile {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/kowiki/sample", withExtension: "csv"))
        return try KowikiDramaFile(csv: String(contentsOf: url, encoding: .utf8))
    }

    private func drama(_ title: String, in file: KowikiDramaFile) throws -> KowikiDrama {
        try #require(file.dramas.first { $0.title == title }, "\(title)")
    }

    @Test func aPlainRowIsReadWhole() throws {
        let drama = try drama("참좋은시절", in: sample())
        #expect(drama.firstAired == CalendarDate("2014-02-22"))
        #expect(drama.lastAired == CalendarDate("2014-08-10"))
        #expect(drama.episodes == 50)
        #expect(drama.genres == ["로맨스", "가족 드라마"])
        #expect(drama.broadcasters.map(\.name) == ["KBS2"])
        #expect(drama.cast.map(\.name) == ["이서진", "김희선", "옥택연"], "\"외\" (and others) is no name")
    }

    @Test func disambiguatorsGoAndBirthYearsStay() throws {
        let drama = try drama("너도인간이니?", in: sample())
        #expect(drama.cast.first { $0.name == "이준혁" }?.birthYear == 1984)
        #expect(drama.cast.first { $0.name == "박영규" }?.birthYear == nil, "(배우) only says actor")
        #expect(drama.broadcasters.map(\.name) == ["KBS2"])
    }

    @Test func namesRunTogetherAreSplitByNamesTheListUses() throws {
        let drama = try drama("한명회", in: sample())
        #expect(drama.cast.count >= 15, "\(drama.cast.map(\.name))")
        #expect(drama.cast.allSatisfy { (2...4).contains($0.name.count) }, "\(drama.cast.map(\.name))")
        #expect(drama.cast.first?.name == "이덕화")
        #expect(!(drama.cast.contains { $0.name.contains("한명회") }), "the article text after the infobox is not cast")
    }

    @Test func aReplacedActorIsTwoPeople() throws {
        let names = try drama("명성황후", in: sample()).cast.map(\.name)
        #expect(Array(names.prefix(2)) == ["이미연", "최명길"])
    }

    @Test func aCopyOfThePreviousRowIsRejectedAndASecondTitleIsAnAlias() throws {
        let file = try sample()
        #expect(file.dramas.first { $0.title == "카이로스" } == nil, "the wiki's copy of 별에서온그대")
        #expect(file.rejected.map(\.reason) == ["repeats the row before it under another title"])
        #expect(file.dramas.first { $0.title == "스카이캐슬" } == nil)
        let sky = try drama("SKY캐슬", in: file)
        #expect(sky.aliases == ["스카이캐슬"])
        #expect(sky.episodes == 20, "the note glued to the count is not part of it")
    }

    @Test func everyChannelOfACellIsABroadcaster() throws {
        let drama = try drama("신이라불리운사나이", in: sample())
        #expect(drama.broadcasters.map(\.name) == ["MBC", "OCN", "Super Action"])
    }

    @Test func aCastSeparatedBySpacesAndAGluedMarker() throws {
        let drama = try drama("써치", in: sample())
        #expect(drama.cast.map(\.name) == ["장동윤", "크리스탈", "윤박", "문정희", "이현욱"])
        #expect(drama.firstAired == nil)
    }

    @Test func aPilotBeforeTheRegularRun() throws {
        let drama = try drama("단짠오피스", in: sample())
        #expect(drama.firstAired == CalendarDate("2018-05-18"))
        #expect(drama.lastAired == CalendarDate("2018-11-30"), "the rerun on another channel does not count")
        #expect(drama.episodes == 10)
    }

    @Test func aFileWithoutTheColumnsIsRefused() throws {
        do {
            _ = try KowikiDramaFile(csv: "name,year\nfoo,2020\n")
            Issue.record("an error was expected")
        } catch {}
    }

    /// The whole list, when it is present: how much of it reads cleanly.
    @Test func theRealListReadsAlmostEntirely() throws {
        guard let url = SharedData.file("maybes-dramadatabase/kowiki_dramas_with_cast.csv") else {
            try Test.cancel("the drama list is absent; the sample rows were checked instead")
        }
        let file = try KowikiDramaFile(csv: String(contentsOf: url, encoding: .utf8))
        let people = Set(file.dramas.flatMap(\.cast))
        let unknownChannels = file.dramas.flatMap(\.unknownChannels)
        let unread = file.dramas.flatMap(\.unreadCast)
        print(
            "kowiki list: \(file.dramas.count) dramas, \(file.rejected.count) rows rejected, \(people.count) people, "
                + "\(unread.count) cast entries unread: \(unread.prefix(30)), unknown channels: \(unknownChannels)")
        #expect(file.dramas.count > 1700)
        #expect(file.rejected.count == 14)
        #expect(unknownChannels.isEmpty)
        #expect((1700...1900).contains(people.count), "\(people.count)")
        #expect(file.dramas.filter { $0.firstAired != nil }.count > 1720)
    }
}
