import Foundation
@testable import HallyuCore
import XCTest

final class KowikiDramaFileTests: XCTestCase {
    private func sample() throws -> KowikiDramaFile {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/kowiki/sample", withExtension: "csv"))
        return try KowikiDramaFile(csv: String(contentsOf: url, encoding: .utf8))
    }

    private func drama(_ title: String, in file: KowikiDramaFile) throws -> KowikiDrama {
        try XCTUnwrap(file.dramas.first { $0.title == title }, title)
    }

    func testAPlainRowIsReadWhole() throws {
        let drama = try drama("참좋은시절", in: sample())
        XCTAssertEqual(drama.firstAired, CalendarDate("2014-02-22"))
        XCTAssertEqual(drama.lastAired, CalendarDate("2014-08-10"))
        XCTAssertEqual(drama.episodes, 50)
        XCTAssertEqual(drama.genres, ["로맨스", "가족 드라마"])
        XCTAssertEqual(drama.broadcasters.map(\.name), ["KBS2"])
        XCTAssertEqual(drama.cast.map(\.name), ["이서진", "김희선", "옥택연"], "\"외\" (and others) is no name")
    }

    func testDisambiguatorsGoAndBirthYearsStay() throws {
        let drama = try drama("너도인간이니?", in: sample())
        XCTAssertEqual(drama.cast.first { $0.name == "이준혁" }?.birthYear, 1984)
        XCTAssertEqual(drama.cast.first { $0.name == "박영규" }?.birthYear, nil, "(배우) only says actor")
        XCTAssertEqual(drama.broadcasters.map(\.name), ["KBS2"])
    }

    func testNamesRunTogetherAreSplitByNamesTheListUses() throws {
        let drama = try drama("한명회", in: sample())
        XCTAssertTrue(drama.cast.count >= 15, "\(drama.cast.map(\.name))")
        XCTAssertTrue(drama.cast.allSatisfy { (2...4).contains($0.name.count) }, "\(drama.cast.map(\.name))")
        XCTAssertEqual(drama.cast.first?.name, "이덕화")
        XCTAssertFalse(drama.cast.contains { $0.name.contains("한명회") }, "the article text after the infobox is not cast")
    }

    func testAReplacedActorIsTwoPeople() throws {
        let names = try drama("명성황후", in: sample()).cast.map(\.name)
        XCTAssertEqual(Array(names.prefix(2)), ["이미연", "최명길"])
    }

    func testACopyOfThePreviousRowIsRejectedAndASecondTitleIsAnAlias() throws {
        let file = try sample()
        XCTAssertNil(file.dramas.first { $0.title == "카이로스" }, "the wiki's copy of 별에서온그대")
        XCTAssertEqual(file.rejected.map(\.reason), ["repeats the row before it under another title"])
        XCTAssertNil(file.dramas.first { $0.title == "스카이캐슬" })
        let sky = try drama("SKY캐슬", in: file)
        XCTAssertEqual(sky.aliases, ["스카이캐슬"])
        XCTAssertEqual(sky.episodes, 20, "the note glued to the count is not part of it")
    }

    func testEveryChannelOfACellIsABroadcaster() throws {
        let drama = try drama("신이라불리운사나이", in: sample())
        XCTAssertEqual(drama.broadcasters.map(\.name), ["MBC", "OCN", "Super Action"])
    }

    func testACastSeparatedBySpacesAndAGluedMarker() throws {
        let drama = try drama("써치", in: sample())
        XCTAssertEqual(drama.cast.map(\.name), ["장동윤", "크리스탈", "윤박", "문정희", "이현욱"])
        XCTAssertNil(drama.firstAired)
    }

    func testAPilotBeforeTheRegularRun() throws {
        let drama = try drama("단짠오피스", in: sample())
        XCTAssertEqual(drama.firstAired, CalendarDate("2018-05-18"))
        XCTAssertEqual(drama.lastAired, CalendarDate("2018-11-30"), "the rerun on another channel does not count")
        XCTAssertEqual(drama.episodes, 10)
    }

    func testAFileWithoutTheColumnsIsRefused() {
        XCTAssertThrowsError(try KowikiDramaFile(csv: "name,year\nfoo,2020\n"))
    }

    /// The whole list, when it is present: how much of it reads cleanly.
    func testTheRealListReadsAlmostEntirely() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/maybes-dramadatabase/kowiki_dramas_with_cast.csv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("\(url.path) is absent; the sample rows were checked instead")
        }
        let file = try KowikiDramaFile(csv: String(contentsOf: url, encoding: .utf8))
        let people = Set(file.dramas.flatMap(\.cast))
        let unknownChannels = file.dramas.flatMap(\.unknownChannels)
        let unread = file.dramas.flatMap(\.unreadCast)
        print("kowiki list: \(file.dramas.count) dramas, \(file.rejected.count) rows rejected, \(people.count) people, "
              + "\(unread.count) cast entries unread: \(unread.prefix(30)), unknown channels: \(unknownChannels)")
        XCTAssertGreaterThan(file.dramas.count, 1700)
        XCTAssertEqual(file.rejected.count, 14)
        XCTAssertTrue(unknownChannels.isEmpty)
        XCTAssertTrue((1700...1900).contains(people.count), "\(people.count)")
        XCTAssertGreaterThan(file.dramas.filter { $0.firstAired != nil }.count, 1720)
    }
}
