import Fluent
import Foundation
import HallyuCore
import HallyuTestSupport
import Testing

@testable import HallyuStore

@Suite struct KpopnetImportTests {
    /// Shaped like kpopnet.json: one group the knowledge base already has (under its English
    /// name only), one new group with a unit, a soloist, and two idols with the same stage name.
    private let file = """
        {"groups": [
          {"id": "g-bp", "name": "BLACKPINK", "name_original": "블랙핑크", "name_alias": null, "agency_name": "YG Entertainment",
           "debut_date": "2016-08-08", "disband_date": null, "parent_id": null,
           "members": [{"idol_id": "i-jennie", "current": true, "roles": null}]},
          {"id": "g-unit", "name": "Sunny Unit", "name_original": "써니 유닛", "name_alias": null, "agency_name": "Moon Music, Star Label",
           "debut_date": "2020-02-00", "disband_date": "2022-01-10", "parent_id": "g-new", "members": []},
          {"id": "g-new", "name": "Moonlight", "name_original": "문라이트", "name_alias": "ML", "agency_name": "Moon Music",
           "debut_date": "2019-05-01", "disband_date": null, "parent_id": null,
           "members": [{"idol_id": "i-yuna-1", "current": true, "roles": "leader"}, {"idol_id": "i-yuna-2", "current": false, "roles": null}]}
        ],
        "idols": [
          {"id": "i-jennie", "name": "Jennie", "name_original": "제니", "real_name": "Kim Jennie", "real_name_original": "김제니",
           "name_alias": null, "birth_date": "1996-01-16", "debut_date": "2016-08-08", "groups": ["g-bp"]},
          {"id": "i-yuna-1", "name": "Yuna", "name_original": "유나", "real_name": "Kim Yuna", "real_name_original": "김유나",
           "name_alias": "Yoona, 윤아", "birth_date": "2000-03-04", "debut_date": null, "groups": ["g-new"]},
          {"id": "i-yuna-2", "name": "Yuna", "name_original": "유나", "real_name": "Park Yuna", "real_name_original": "박유나",
           "name_alias": null, "birth_date": "2001-00-00", "debut_date": null, "groups": ["g-new"]},
          {"id": "i-iu", "name": "IU", "name_original": "아이유", "real_name": "Lee Jieun", "real_name_original": "이지은",
           "name_alias": null, "birth_date": "1993-05-16", "debut_date": "2008-09-18", "groups": []}
        ]}
        """

    private func seed(_ db: any Database) async throws {
        let writer = KnowledgeWriter(database: db)
        _ = try await writer.add(Organization(id: "", slug: "blackpink", name: "BLACKPINK", kind: .group))
        _ = try await writer.add(Organization(id: "", slug: "yg-entertainment", name: "YG Entertainment", kind: .agency))
        _ = try await writer.add(Person(id: "", slug: "jennie", name: "Jennie", nativeName: "제니", bio: "Written by an editor."))
        _ = try await writer.add(
            Membership(
                person: EntityRef(kind: .person, slug: "jennie", name: ""),
                group: EntityRef(kind: .organization, slug: "blackpink", name: ""), current: true))
        _ = try await writer.add(Person(id: "", slug: "iu", name: "IU", nativeName: "아이유", birthDate: CalendarDate("1993-05-16")))
        // Someone else with a Hangul name an idol also has: no shared group, another birthday.
        _ = try await writer.add(Person(id: "", slug: "kim-yu-na", name: "Kim Yu-na", nativeName: "김유나"))
    }

    @Test func importMergesKnownPeopleAndGroupsAndAddsTheRest() async throws {
        let parsed = try KpopnetFile.decode(Data(file.utf8))
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let summary = try await KpopnetImporter(database: db).run(parsed)
            #expect(summary["groups"].merged == 1, "\(backend)")
            #expect(summary["groups"].added == 2, "\(backend)")
            #expect(summary["agencies"].merged == 1, "\(backend)")
            #expect(summary["agencies"].added == 2, "Moon Music and Star Label (\(backend))")
            #expect(summary["idols"].merged == 2, "Jennie by her group, IU by her birthday (\(backend))")
            #expect(summary["idols"].added == 2, "\(backend)")

            let knowledge = KnowledgeRepository(database: db)
            let jennie = try await knowledge.person(slug: "jennie")
            #expect(jennie?.aliases == ["Kim Jennie", "김제니"], "her real names join what the editor wrote (\(backend))")
            #expect(jennie?.bio == "Written by an editor.", "\(backend)")
            #expect(jennie?.birthDate == CalendarDate("1996-01-16"), "\(backend)")
            let blackpink = try await knowledge.organization(slug: "blackpink")
            #expect(blackpink?.nativeName == "블랙핑크", "\(backend)")

            // The same stage name twice: the second takes its birth year, then the slug rule's counter.
            let first = try await knowledge.person(slug: "yuna")
            let second = try await knowledge.person(slug: "yuna-2")
            #expect(first?.aliases.contains("윤아") == true, "\(backend)")
            #expect(first?.agency?.slug == "moon-music", "their one current group has one agency (\(backend))")
            #expect(second?.birthDate == nil, "a date with 00 for month and day is not a day (\(backend))")
            let namesake = try await knowledge.person(slug: "kim-yu-na")
            #expect(namesake?.aliases == [], "a namesake with nothing in common is left alone (\(backend))")

            let unit = try await knowledge.organization(slug: "sunny-unit")
            #expect(unit?.description == "A unit of Moonlight, under Moon Music and Star Label. Disbanded on 10 January 2022.", "\(backend)")
            let moonlight = try await knowledge.organization(slug: "moonlight")
            #expect(moonlight?.aliases == ["ML"], "\(backend)")
            let members = try await knowledge.members(ofGroup: #require(moonlight, "\(backend)"))
            #expect(Set(members.map(\.person.slug)) == ["yuna", "yuna-2"], "\(backend)")
        }
    }

    @Test func aSecondRunAddsNothing() async throws {
        let parsed = try KpopnetFile.decode(Data(file.utf8))
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            _ = try await KpopnetImporter(database: db).run(parsed)
            let people = try await PersonModel.query(on: db).count()
            let again = try await KpopnetImporter(database: db).run(parsed)
            #expect(again["idols"].added + again["idols"].merged == 0, "\(backend)")
            #expect(again["idols"].skipped == 4, "\(backend)")
            #expect(again["groups"].added + again["agencies"].added + again["memberships"].added == 0, "\(backend)")
            let after = try await PersonModel.query(on: db).count()
            #expect(after == people, "\(backend)")
        }
    }

    /// The whole published file, when it is present: every group and idol is placed, and the
    /// second run adds nothing.
    @Test func theRealFileImportsAndIsIdempotent() async throws {
        guard let url = SharedData.file("kpopnet/kpopnet.json") else {
            try Test.cancel("kpopnet.json is absent; the import was checked on the small sample only")
        }
        let parsed = try KpopnetFile.decode(Data(contentsOf: url))
        try await TestDatabase.run(backend: "sqlite") { db in
            let summary = try await KpopnetImporter(database: db).run(parsed)
            print("kpopnet import:\n\(summary)")
            #expect(summary["groups"].added == parsed.groups.count)
            #expect(summary["idols"].added + summary["idols"].merged == parsed.idols.count)
            let again = try await KpopnetImporter(database: db).run(parsed)
            #expect(again["idols"].skipped == parsed.idols.count)
            #expect(again["memberships"].added == 0)
        }
    }
}
