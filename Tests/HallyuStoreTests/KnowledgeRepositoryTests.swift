import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Testing

@Suite struct KnowledgeRepositoryTests {
    private func person(_ slug: String, _ name: String, native: String? = nil, aliases: [String] = []) -> Person {
        Person(id: "", slug: slug, name: name, nativeName: native, aliases: aliases, birthDate: CalendarDate("1994-11-18"))
    }

    private func seed(_ db: any Database) async throws {
        let writer = KnowledgeWriter(database: db)
        _ = try await writer.add(Organization(id: "", slug: "jtbc", name: "JTBC", kind: .network))
        _ = try await writer.add(Organization(id: "", slug: "netflix", name: "Netflix", kind: .streamer))
        _ = try await writer.add(person("han-so-hee", "Han So-hee", native: "한소희", aliases: ["Han Sohee"]))
        _ = try await writer.add(person("song-kang", "Song Kang", native: "송강"))
        let title = Title(
            id: "", slug: "nevertheless", kind: .drama, name: "Nevertheless", nativeName: "알고있지만",
            firstAired: CalendarDate("2021-06-19"), episodes: 10,
            networks: [EntityRef(kind: .organization, slug: "jtbc", name: "")],
            platforms: [EntityRef(kind: .organization, slug: "netflix", name: "")])
        _ = try await writer.add(title)
        for (order, (slug, character)) in [("han-so-hee", "Yoo Na-bi"), ("song-kang", "Park Jae-eon")].enumerated() {
            _ = try await writer.add(
                Credit(
                    id: "", person: EntityRef(kind: .person, slug: slug, name: ""), title: title.ref,
                    titleKind: .drama, characterName: character, billing: .lead, order: order))
        }
        _ = try await writer.add(
            Couple(
                id: "", slug: "", first: EntityRef(kind: .person, slug: "song-kang", name: ""),
                second: EntityRef(kind: .person, slug: "han-so-hee", name: ""),
                timeline: [
                    StatusEntry(status: .onScreen, date: CalendarDate("2021-06-19")!, statement: "Nevertheless premieres.")
                ]))
    }

    @Test func titleComesBackWithOutletsAndCast() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let repository = KnowledgeRepository(database: db)
            let found = try await repository.title(slug: "nevertheless")
            let title = try #require(found, "\(backend)")
            #expect(title.networks.map(\.slug) == ["jtbc"], "\(backend)")
            #expect(title.platforms.map(\.slug) == ["netflix"], "\(backend)")
            #expect(title.firstAired == CalendarDate("2021-06-19"), "\(backend)")
            let cast = try await repository.credits(ofTitle: title)
            #expect(cast.map(\.characterName) == ["Yoo Na-bi", "Park Jae-eon"], "\(backend)")
            #expect(cast.first?.person.nativeName == "한소희", "\(backend)")
        }
    }

    @Test func coupleSlugIsAlphabeticalAndSharedTitlesAreFound() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let repository = KnowledgeRepository(database: db)
            let found = try await repository.couple(slug: "han-so-hee-and-song-kang")
            let couple = try #require(found, "\(backend)")
            #expect(couple.currentStatus == .onScreen, "\(backend)")
            let shared = try await repository.sharedCredits(of: couple)
            #expect(shared.map(\.first.title.slug) == ["nevertheless"], "\(backend)")
            let title = try await repository.title(slug: "nevertheless")
            let couples = try await repository.couples(inTitle: #require(title))
            #expect(couples.map(\.slug) == ["han-so-hee-and-song-kang"], "\(backend)")
        }
    }

    @Test func addingTheSameSlugTwiceChangesNothing() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let writer = KnowledgeWriter(database: db)
            let again = try await writer.add(self.person("han-so-hee", "Someone Else"))
            #expect(again == .existed, "\(backend)")
            let stored = try await KnowledgeRepository(database: db).person(slug: "han-so-hee")
            #expect(stored?.name == "Han So-hee", "\(backend)")
        }
    }

    @Test func namesResolveInAnySpacingAndCase() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let found = try await KnowledgeRepository(database: db).entities(named: ["han sohee", "한소희", "NEVERTHELESS", "Nobody"])
            #expect(found[NameKey.make("Han Sohee")]?.slug == "han-so-hee", "\(backend)")
            #expect(found[NameKey.make("한소희")]?.slug == "han-so-hee", "\(backend)")
            #expect(found[NameKey.make("Nevertheless")]?.kind == .title, "\(backend)")
            #expect(found[NameKey.make("Nobody")] == nil, "\(backend)")
        }
    }

    @Test func missingReferencesAreRefusedWithTheirSlug() async throws {
        try await TestDatabase.run { db, backend in
            let writer = KnowledgeWriter(database: db)
            do {
                _ = try await writer.add(
                    Person(
                        id: "", slug: "x", name: "X",
                        agency: EntityRef(kind: .organization, slug: "nowhere", name: "")))
                Issue.record("expected a missing reference")
            } catch let error as StoreError {
                #expect(error == .missingReference(.organization, "nowhere"), "\(backend)")
            }
        }
    }
}
