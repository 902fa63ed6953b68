import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct KnowledgeEditorTests {
    private func ref(_ slug: String, _ name: String) -> EntityRef { EntityRef(kind: .person, slug: slug, name: name) }

    @Test func newPeopleGetFreeSlugsAndEditsRedirect() async throws {
        try await TestDatabase.run { db, backend in
            let editor = KnowledgeEditor(database: db)
            let first = try await editor.create(Person(id: "", slug: "", name: "Kim Ji-won", birthDate: CalendarDate("1992-10-19")))
            let second = try await editor.create(Person(id: "", slug: "", name: " Kim Ji-won ", birthDate: CalendarDate("1998-01-01")))
            #expect((first.slug, second.slug) == ("kim-ji-won", "kim-ji-won-1998"), "\(backend)")
            var changed = second
            changed.slug = "kim-ji-won-actor"
            changed.aliases = ["Jiwon Kim"]
            let saved = try await editor.update(person: second.slug, with: changed)
            #expect(saved.aliases == ["Jiwon Kim"], "\(backend)")
            let redirect = try await KnowledgeRepository(database: db).redirect(kind: .person, from: "kim-ji-won-1998")
            #expect(redirect == "kim-ji-won-actor", "\(backend)")
            do {
                _ = try await editor.create(Person(id: "", slug: "", name: "  "))
                Issue.record("a nameless person (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("needs a name"), "\(backend)")
            }
        }
    }

    @Test func mergingMovesCreditsQuotesAndNamesAndRedirectsTheDuplicate() async throws {
        try await TestDatabase.run { db, backend in
            let writer = KnowledgeWriter(database: db)
            let editor = KnowledgeEditor(database: db)
            let kept = try await editor.create(Person(id: "", slug: "", name: "Song Kang", nativeName: "송강"))
            let duplicate = try await editor.create(Person(id: "", slug: "", name: "Song Gang", aliases: ["Kang Song"]))
            _ = try await writer.add(Title(id: "", slug: "sweet-home", kind: .drama, name: "Sweet Home"))
            let title = EntityRef(kind: .title, slug: "sweet-home", name: "Sweet Home")
            _ = try await writer.add(
                Credit(
                    id: "", person: self.ref(duplicate.slug, duplicate.name), title: title, titleKind: .drama,
                    characterName: "Cha Hyun-su", billing: .lead))
            _ = try await writer.add(
                Quote(
                    id: "", text: "I was nervous on the first day.", kind: .paraphrased,
                    speaker: self.ref(duplicate.slug, duplicate.name), about: [title],
                    sourceURL: "https://example.com/interview"))
            let merged = try await editor.merge(person: duplicate.slug, into: kept.slug)
            #expect(Set(merged.aliases) == ["Song Gang", "Kang Song"], "\(backend)")
            let knowledge = KnowledgeRepository(database: db)
            let credits = try await knowledge.credits(ofPerson: merged)
            #expect(credits.map(\.characterName) == ["Cha Hyun-su"], "\(backend)")
            let quotes = try await knowledge.quotes(by: merged)
            #expect(quotes.count == 1, "\(backend)")
            let gone = try await knowledge.person(slug: duplicate.slug)
            #expect(gone == nil, "\(backend)")
            let redirect = try await knowledge.redirect(kind: .person, from: duplicate.slug)
            #expect(redirect == kept.slug, "\(backend)")
            let names = try await EntityNameModel.query(on: db).filter(\.$name == "Song Gang").all()
            #expect(names.map(\.entityID) == [UUID(uuidString: merged.id)!], "the old name now finds the kept person (\(backend))")
        }
    }

    @Test func mergingRefusesTwoCouplesWithTheSamePartner() async throws {
        try await TestDatabase.run { db, backend in
            let writer = KnowledgeWriter(database: db)
            let editor = KnowledgeEditor(database: db)
            let a = try await editor.create(Person(id: "", slug: "", name: "Han So-hee"))
            let b = try await editor.create(Person(id: "", slug: "", name: "Han Sohee Copy"))
            let partner = try await editor.create(Person(id: "", slug: "", name: "Song Kang"))
            for person in [a, b] {
                _ = try await writer.add(
                    Couple(
                        id: "", slug: Couple.slug(joining: person.slug, partner.slug),
                        first: person.ref, second: partner.ref))
            }
            do {
                _ = try await editor.merge(person: b.slug, into: a.slug)
                Issue.record("two couples with the same partner (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("same person"), "\(backend)")
            }
            let still = try await KnowledgeRepository(database: db).person(slug: b.slug)
            #expect(still != nil, "nothing changed (\(backend))")
        }
    }
}
