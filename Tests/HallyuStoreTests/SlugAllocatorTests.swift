import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Testing

@Suite struct SlugAllocatorTests {
    @Test func collisionsGetTheBirthYearThenANumber() async throws {
        try await TestDatabase.run { db, backend in
            let writer = KnowledgeWriter(database: db)
            let slugs = SlugAllocator(database: db)
            var made: [String] = []
            for _ in 0..<3 {
                let slug = try await slugs.available(.person, name: "Kim Ji-won", year: 1992)
                _ = try await writer.add(Person(id: "", slug: slug, name: "Kim Ji-won"))
                made.append(slug)
            }
            #expect(made == ["kim-ji-won", "kim-ji-won-1992", "kim-ji-won-2"], "\(backend)")
            let title = try await slugs.available(.title, name: "The World of the Married", year: 2020)
            #expect(title == "the-world-of-the-married", "\(backend)")
            let hangulOnly = try await slugs.available(.person, name: "한소희", year: nil)
            #expect(hangulOnly == "person", "a name without ASCII letters falls back to the kind")
        }
    }

    @Test func renamedSlugsRedirectAndStayReserved() async throws {
        try await TestDatabase.run { db, backend in
            let writer = KnowledgeWriter(database: db)
            _ = try await writer.add(Person(id: "", slug: "song-kang", name: "Song Kang"))
            let slugs = SlugAllocator(database: db)
            try await slugs.rename(.person, from: "song-kang", to: "song-kang-actor")
            let repository = KnowledgeRepository(database: db)
            let redirect = try await repository.redirect(kind: .person, from: "song-kang")
            #expect(redirect == "song-kang-actor", "\(backend)")
            let renamed = try await repository.person(slug: "song-kang-actor")
            #expect(renamed?.name == "Song Kang", "\(backend)")
            let next = try await slugs.available(.person, name: "Song Kang", year: nil)
            #expect(next == "song-kang-2", "the old slug keeps redirecting, so a newcomer does not take it")
            do {
                try await slugs.rename(.person, from: "song-kang-actor", to: "Not A Slug")
                Issue.record("an invalid slug is refused")
            } catch let error as StoreError {
                #expect(error.message.contains("not a slug"), "\(backend)")
            }
        }
    }
}
