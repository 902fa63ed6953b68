import Fluent
import Foundation
import HallyuCore
import HallyuStore
import Testing

@Suite struct ArticleMentionsTests {
    private func seed(_ db: any Database) async throws {
        let knowledge = KnowledgeWriter(database: db)
        for (slug, name) in [("han-so-hee", "Han So-hee"), ("song-kang", "Song Kang"), ("iu", "IU")] {
            _ = try await knowledge.add(Person(id: "", slug: slug, name: name))
        }
        _ = try await knowledge.add(Title(id: "", slug: "nevertheless", kind: .drama, name: "Nevertheless"))
        _ = try await knowledge.add(
            Couple(
                id: "", slug: "han-so-hee-and-song-kang",
                first: EntityRef(kind: .person, slug: "han-so-hee", name: ""),
                second: EntityRef(kind: .person, slug: "song-kang", name: "")))
        let writer = ArticleWriter(database: db)
        let base = Date(timeIntervalSince1970: 1_624_000_000)
        let stories: [(String, ArticleStatus, [EntityRef])] = [
            ("about-han-so-hee", .published, [EntityRef(kind: .person, slug: "han-so-hee", name: "")]),
            ("older-roundup", .published, []),
            ("newer-roundup", .published, []),
            ("draft-roundup", .draft, []),
        ]
        for (offset, story) in stories.enumerated() {
            _ = try await writer.add(
                Article(
                    id: "", slug: story.0, title: story.0, body: "Text.", subjects: story.2,
                    status: story.1, publishedAt: base.addingTimeInterval(Double(offset) * 3600),
                    updatedAt: base, featured: false))
        }
    }

    private let hanSoHee = MentionTarget(kind: .person, slug: "han-so-hee")
    private let songKang = MentionTarget(kind: .person, slug: "song-kang")
    private let character = MentionTarget(kind: .character, slug: "yoo-na-bi", titleSlug: "nevertheless")

    private func id(_ db: any Database, _ kind: EntityKind, _ slug: String) async throws -> String {
        let knowledge = KnowledgeRepository(database: db)
        let id: String? =
            switch kind {
            case .person: try await knowledge.person(slug: slug)?.id
            case .title: try await knowledge.title(slug: slug)?.id
            default: try await knowledge.couple(slug: slug)?.id
            }
        return try #require(id, "\(kind) \(slug)")
    }

    @Test func mentionsListPublishedArticlesNotAboutTheEntityNewestFirst() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let mentions = ArticleMentions(database: db)
            for slug in ["about-han-so-hee", "older-roundup", "newer-roundup", "draft-roundup"] {
                try await mentions.record(articleSlug: slug, counts: [self.hanSoHee: 2])
            }
            let person = try await self.id(db, .person, "han-so-hee")
            let found = try await ArticleRepository(database: db).mentioning(id: person, limit: 1)
            #expect(found.items.map(\.slug) == ["newer-roundup"], "\(backend)")
            #expect(found.total == 2, "the article about her and the draft are left out (\(backend))")
        }
    }

    @Test func charactersCountForTheirTitleAndCouplesNeedBothPeople() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let mentions = ArticleMentions(database: db)
            try await mentions.record(articleSlug: "older-roundup", counts: [self.character: 1, self.hanSoHee: 3, self.songKang: 1])
            try await mentions.record(articleSlug: "newer-roundup", counts: [self.hanSoHee: 1])
            let repository = ArticleRepository(database: db)
            let title = try await repository.mentioning(id: try await self.id(db, .title, "nevertheless"))
            #expect(title.items.map(\.slug) == ["older-roundup"], "\(backend)")
            let couple = try await repository.mentioning(id: try await self.id(db, .couple, "han-so-hee-and-song-kang"))
            #expect(couple.items.map(\.slug) == ["older-roundup"], "\(backend)")
        }
    }

    @Test func recordingAgainReplacesWhatWasThere() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let mentions = ArticleMentions(database: db)
            try await mentions.record(articleSlug: "older-roundup", counts: [self.hanSoHee: 1])
            try await mentions.record(
                articleSlug: "older-roundup",
                counts: [
                    self.songKang: 1,
                    MentionTarget(kind: .person, slug: "deleted-person"): 1,
                ])
            let repository = ArticleRepository(database: db)
            let her = try await repository.mentioning(id: try await self.id(db, .person, "han-so-hee"))
            let him = try await repository.mentioning(id: try await self.id(db, .person, "song-kang"))
            #expect(her.total == 0, "\(backend)")
            #expect(him.items.map(\.slug) == ["older-roundup"], "\(backend)")
        }
    }

    @Test func sourcesCarryBodiesAndSubjects() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let sources = try await ArticleMentions(database: db).sources()
            #expect(sources.count == 4, "\(backend)")
            #expect(sources.first { $0.slug == "about-han-so-hee" }?.subjects == [self.hanSoHee], "\(backend)")
        }
    }
}
