import HallyuCore
import XCTest

final class DomainTests: XCTestCase {
    func testNameKeysFoldSpellingNoise() {
        XCTAssertEqual(NameKey.make("Han So-hee"), NameKey.make("han sohee"))
        XCTAssertEqual(NameKey.make("HAN SO HEE"), "hansohee")
        XCTAssertEqual(NameKey.make("Rosé"), "rose")
        XCTAssertEqual(NameKey.make("한 소희"), "한소희")
        XCTAssertNotEqual(NameKey.make("Han So-hee"), NameKey.make("Han Soo-hee"))
    }

    func testCalendarDatesParseOnlyRealDays() {
        XCTAssertEqual(CalendarDate("2021-06-19")?.longForm, "19 June 2021")
        XCTAssertEqual(CalendarDate("2024-02-29")?.description, "2024-02-29")
        for bad in ["2023-02-29", "2021-13-01", "2021-6-19", "19-06-2021", "", "2021-00-10"] {
            XCTAssertNil(CalendarDate(bad), bad)
        }
        XCTAssertLessThan(CalendarDate("2019-12-31")!, CalendarDate("2020-01-01")!)
    }

    func testCalendarDateRoundTripsThroughJSON() throws {
        let date = try XCTUnwrap(CalendarDate("1994-11-18"))
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["1994-11-18"]"#)
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: data), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["1994-02-30"]"#.utf8)))
    }

    func testPageRequestsEnforceTheContractLimits() throws {
        XCTAssertEqual(try Paging(page: nil, per: nil).per, 20)
        XCTAssertEqual(try Paging(page: "3", per: "10").offset, 20)
        XCTAssertThrowsError(try Paging(page: "0", per: nil)) { XCTAssertEqual($0 as? PagingError, .invalidPage) }
        XCTAssertThrowsError(try Paging(page: "-1", per: nil))
        XCTAssertThrowsError(try Paging(page: "two", per: nil))
        XCTAssertThrowsError(try Paging(page: nil, per: "101")) { error in
            XCTAssertEqual(error as? PagingError, .perTooLarge)
            XCTAssertTrue((error as? PagingError)?.message.contains("100") == true)
        }
        XCTAssertThrowsError(try Paging(page: nil, per: "0"))
    }

    func testPageArithmetic() {
        let page = Paged(items: [1, 2], page: 2, per: 2, total: 5)
        XCTAssertEqual(page.pageCount, 3)
        XCTAssertTrue(page.hasNext)
        XCTAssertTrue(page.hasPrevious)
        XCTAssertEqual(Paged<Int>(items: [], page: 1, per: 20, total: 0).pageCount, 1)
    }

    func testCoupleCurrentStatusIsTheLatestEntry() {
        let a = EntityRef(kind: .person, slug: "a", name: "A"), b = EntityRef(kind: .person, slug: "b", name: "B")
        let couple = Couple(id: "1", slug: "a-and-b", first: a, second: b, timeline: [
            StatusEntry(status: .denied, date: CalendarDate("2022-06-19")!, statement: ""),
            StatusEntry(status: .onScreen, date: CalendarDate("2021-06-19")!, statement: ""),
        ])
        XCTAssertEqual(couple.currentStatus, .denied)
        XCTAssertEqual(couple.name, "A & B")
    }

    func testCharacterAnchorsComeFromTheCharacterName() {
        let credit = Credit(id: "1", person: EntityRef(kind: .person, slug: "han-so-hee", name: "Han So-hee"),
                            title: EntityRef(kind: .title, slug: "nevertheless", name: "Nevertheless"), titleKind: .drama,
                            characterName: "Yoo Na-bi", billing: .lead)
        XCTAssertEqual(credit.characterSlug, "yoo-na-bi")
        XCTAssertEqual(credit.character?.kind, .character)
    }
}
