import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct KowikiImportTests {
    /// Shaped like the Korean Wikipedia list: a drama the knowledge base has (its title written
    /// without spaces), another drama with the same lead, two namesakes the wiki tells apart by
    /// birth year, and a channel under its old name.
    private let csv = """
        제목,방송 기간,방송 횟수,장르,채널,제작사,극본,출연자,방송 시작
        사랑의불시착, 2019년 12월 14일 ~ 2020년 2월 16일, 16부작, 로맨스, tvN, 스튜디오드래곤, 박지은," 현빈, 손예진 (배우), 서지혜 외",2019-12-14 00:00:00
        시크릿가든, 2010년 11월 13일 ~ 2011년 1월 16일, 20부작, 판타지, SBS TV, 화앤담픽쳐스, 김은숙," 하지원, 현빈, 윤상현 (배우), 김정현 (1976년) 외",2010-11-13 00:00:00
        열혈사제, 2019년 2월 15일 ~ 2019년 4월 20일, 40부작, 코미디, 서울방송, 삼화네트웍스, 박재범," 김남길, 이하늬, 김정현 (1990년)",2019-02-15 00:00:00
        """

    private func seed(_ db: any Database) async throws {
        let writer = KnowledgeWriter(database: db)
        _ = try await writer.add(Organization(id: "", slug: "tvn", name: "tvN", kind: .network))
        _ = try await writer.add(Person(id: "", slug: "hyun-bin", name: "Hyun Bin", nativeName: "현빈"))
        // A namesake of the lead, in nothing the list names.
        _ = try await writer.add(
            Person(
                id: "", slug: "seo-ji-hye", name: "Seo Ji-hye", nativeName: "서지혜",
                birthDate: CalendarDate("1999-01-01")))
        _ = try await writer.add(
            Title(
                id: "", slug: "crash-landing-on-you", kind: .drama, name: "Crash Landing on You",
                nativeName: "사랑의 불시착", synopsis: "Written by an editor.",
                networks: [EntityRef(kind: .organization, slug: "tvn", name: "")]))
        _ = try await writer.add(
            Credit(
                id: "", person: EntityRef(kind: .person, slug: "hyun-bin", name: ""),
                title: EntityRef(kind: .title, slug: "crash-landing-on-you", name: ""),
                titleKind: .drama, characterName: "Ri Jeong-hyeok", billing: .lead, order: 0))
    }

    @Test func importMergesTheKnownDramaAndItsLeadAndAddsTheRest() async throws {
        let file = try KowikiDramaFile(csv: csv)
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let summary = try await KowikiDramaImporter(database: db).run(file)
            #expect(summary["dramas"].merged == 1, "\(backend)")
            #expect(summary["dramas"].added == 2, "\(backend)")
            #expect(summary["people"].merged == 1, "현빈 shares a drama with the Hyun Bin we know (\(backend))")
            #expect(summary["broadcasters"].merged == 1, "tvN (\(backend))")
            #expect(summary["broadcasters"].added == 1, "서울방송 is SBS (\(backend))")

            let knowledge = KnowledgeRepository(database: db)
            let found = try await knowledge.title(slug: "crash-landing-on-you")
            let crash = try #require(found, "\(backend)")
            #expect(crash.synopsis == "Written by an editor.", "\(backend)")
            #expect(crash.episodes == 16, "\(backend)")
            #expect(crash.firstAired == CalendarDate("2019-12-14"), "\(backend)")
            #expect(crash.networks.map(\.slug) == ["tvn"], "\(backend)")
            let cast = try await knowledge.credits(ofTitle: crash)
            #expect(cast.map(\.person.slug) == ["hyun-bin", "son-ye-jin", "seo-ji-hye-2"], "\(backend)")
            #expect(cast.first?.characterName == "Ri Jeong-hyeok", "the editor's credit stays (\(backend))")

            let lead = try await knowledge.person(slug: "hyun-bin")
            let hyunBin = try #require(lead, "\(backend)")
            let roles = try await knowledge.credits(ofPerson: hyunBin)
            #expect(roles.count == 2, "one person across the list (\(backend))")

            // Namesakes the wiki told apart by birth year are two people, with the year in the slug.
            let older = try await knowledge.person(slug: "kim-jeong-hyun")
            let younger = try await knowledge.person(slug: "kim-jeong-hyun-1990")
            #expect(older?.nativeName == "김정현", "\(backend)")
            #expect(younger?.nativeName == "김정현", "\(backend)")
            let garden = try await knowledge.title(slug: "sikeuritgadeun")
            let secretGarden = try #require(garden, "\(backend)")
            #expect(secretGarden.nativeName == "시크릿가든", "\(backend)")
            #expect(secretGarden.networks.map(\.name) == ["SBS"], "\(backend)")
        }
    }

    /// One Hangul name and the same birth year is one person; one Hangul name alone is a pair for
    /// an editor, unless the birth years say otherwise; the pair goes when either is merged.
    @Test func namesakesAreMergedOnlyWithEvidenceAndOtherwiseLeftAsCandidates() async throws {
        let file = try KowikiDramaFile(csv: csv)
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let writer = KnowledgeWriter(database: db)
            _ = try await writer.add(
                Person(id: "", slug: "kim-jung-hyun", name: "Kim Jung-hyun", nativeName: "김정현", birthDate: CalendarDate("1990-04-05")))
            let summary = try await KowikiDramaImporter(database: db).run(file)
            #expect(summary["people"].merged == 2, "현빈 by a shared drama, 김정현 (1990년) by the year (\(backend))")

            let knowledge = KnowledgeRepository(database: db)
            let found = try await knowledge.person(slug: "kim-jung-hyun")
            let known = try #require(found, "\(backend)")
            let roles = try await knowledge.credits(ofPerson: known)
            #expect(roles.map(\.title.slug) == ["yeolhyeolsaje"], "\(backend)")
            let second = try await knowledge.person(slug: "kim-jeong-hyun-1990")
            #expect(second == nil, "no second person of that year (\(backend))")

            // 서지혜 of the list has no year, the 서지혜 we knew no drama of the list: a pair. The
            // 김정현 born in 1976 is someone else than the one born in 1990: no pair.
            let candidates = MergeCandidates(database: db)
            let pairs = try await candidates.open()
            #expect(pairs.map { [$0.first.person.slug, $0.second.person.slug] } == [["seo-ji-hye", "seo-ji-hye-2"]], "\(backend)")
            #expect(pairs.first?.reason.contains("서지혜") == true, "\(backend)")
            #expect(pairs.first?.second.titles == ["Crash Landing on You"], "what the editor sees of each (\(backend))")

            _ = try await KowikiDramaImporter(database: db).run(file)
            let afterSecondRun = try await candidates.openCount()
            #expect(afterSecondRun == 1, "a second run records the pair once (\(backend))")
            _ = try await KnowledgeEditor(database: db).merge(person: "seo-ji-hye-2", into: "seo-ji-hye")
            let afterMerge = try await candidates.openCount()
            #expect(afterMerge == 0, "merging either person takes the pair away (\(backend))")
        }
    }

    @Test func aDismissedPairStaysDismissed() async throws {
        let file = try KowikiDramaFile(csv: csv)
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            _ = try await KowikiDramaImporter(database: db).run(file)
            let candidates = MergeCandidates(database: db)
            let open = try await candidates.open()
            let pair = try #require(open.first, "\(backend)")
            let dismissed = try await candidates.dismiss(pair.id)
            let again = try await candidates.dismiss(pair.id)
            #expect(dismissed && !again, "once (\(backend))")
            _ = try await KowikiDramaImporter(database: db).run(file)
            let left = try await candidates.open()
            #expect(left.isEmpty, "\(backend)")
        }
    }

    @Test func aSecondRunAddsNothing() async throws {
        let file = try KowikiDramaFile(csv: csv)
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            _ = try await KowikiDramaImporter(database: db).run(file)
            let credits = try await CreditModel.query(on: db).count()
            let again = try await KowikiDramaImporter(database: db).run(file)
            #expect(again["dramas"].added + again["people"].added + again["credits"].added == 0, "\(backend)")
            #expect(again["dramas"].skipped == 3, "\(backend)")
            let after = try await CreditModel.query(on: db).count()
            #expect(after == credits, "\(backend)")
        }
    }
}
