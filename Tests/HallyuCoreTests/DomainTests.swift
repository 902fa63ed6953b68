import Foundation
import HallyuCore
import Testing

@Suite struct DomainTests {
    @Test func nameKeysFoldSpellingNoise() throws {
        #expect(NameKey.make("Han So-hee") == NameKey.make("han sohee"))
        #expect(NameKey.make("HAN SO HEE") == "hansohee")
        #expect(NameKey.make("Rosé") == "rose")
        #expect(NameKey.make("한 소희") == "한소희")
        #expect(NameKey.make("Han So-hee") != NameKey.make("Han Soo-hee"))
    }

    @Test func calendarDatesParseOnlyRealDays() throws {
        #expect(CalendarDate("2021-06-19")?.longForm == "19 June 2021")
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        for bad in ["2023-02-29", "2021-13-01", "2021-6-19", "19-06-2021", "", "2021-00-10"] {
            #expect(CalendarDate(bad) == nil, "\(bad)")
        }
        #expect(CalendarDate("2019-12-31")! < CalendarDate("2020-01-01")!)
    }

    @Test func calendarDateRoundTripsThroughJSON() throws {
        let date = try #require(CalendarDate("1994-11-18"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["1994-11-18"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        do {
            _ = try JSONDecoder().decode([CalendarDate].self, from: Data(#"["1994-02-30"]"#.utf8))
            Issue.record("an error was expected")
        } catch {}
    }

    @Test func pageRequestsEnforceTheContractLimits() throws {
        #expect(try Paging(page: nil, per: nil).per == 20)
        #expect(try Paging(page: "3", per: "10").offset == 20)
        do {
            _ = try Paging(page: "0", per: nil)
            Issue.record("an error was expected")
        } catch { #expect(error as? PagingError == PagingError.invalidPage) }
        do {
            _ = try Paging(page: "-1", per: nil)
            Issue.record("an error was expected")
        } catch {}
        do {
            _ = try Paging(page: "two", per: nil)
            Issue.record("an error was expected")
        } catch {}
        do {
            _ = try Paging(page: nil, per: "101")
            Issue.record("an error was expected")
        } catch {
            #expect(error as? PagingError == PagingError.perTooLarge)
            #expect((error as? PagingError)?.message.contains("100") == true)
        }
        do {
            _ = try Paging(page: nil, per: "0")
            Issue.record("an error was expected")
        } catch {}
    }

    @Test func pageArithmetic() throws {
        let page = Paged(items: [1, 2], page: 2, per: 2, total: 5)
        #expect(page.pageCount == 3)
        #expect(page.hasNext)
        #expect(page.hasPrevious)
        #expect(Paged<Int>(items: [], page: 1, per: 20, total: 0).pageCount == 1)
    }

    @Test func coupleCurrentStatusIsTheLatestEntry() throws {
        let a = EntityRef(kind: .person, slug: "a", name: "A"), b = EntityRef(kind: .person, slug: "b", name: "B")
        let couple = Couple(
            id: "1", slug: "a-and-b", first: a, second: b,
            timeline: [
                StatusEntry(status: .denied, date: CalendarDate("2022-06-19")!, statement: ""),
                StatusEntry(status: .onScreen, date: CalendarDate("2021-06-19")!, statement: ""),
            ])
        #expect(couple.currentStatus == .denied)
        #expect(couple.name == "A & B")
    }

    @Test func characterAnchorsComeFromTheCharacterName() throws {
        let credit = Credit(
            id: "1", person: EntityRef(kind: .person, slug: "han-so-hee", name: "Han So-hee"),
            title: EntityRef(kind: .title, slug: "nevertheless", name: "Nevertheless"), titleKind: .drama,
            characterName: "Yoo Na-bi", billing: .lead)
        #expect(credit.characterSlug == "yoo-na-bi")
        #expect(credit.character?.kind == .character)
    }
}
