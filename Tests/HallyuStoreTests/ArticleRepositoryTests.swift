import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct ArticleRepositoryTests {
    private let drama = EntityRef(kind: .title, slug: "nevertheless", name: "Nevertheless")

    private func seed(_ db: any Database) async throws {
        _ = try await KnowledgeWriter(database: db).add(Title(id: "", slug: "nevertheless", kind: .drama, name: "Nevertheless"))
        _ = try await KnowledgeWriter(database: db).add(Title(id: "", slug: "my-name", kind: .drama, name: "My Name"))
        let writer = ArticleWriter(database: db)
        _ = try await writer.add(HallyuCore.Tag(slug: "romance", name: "Romance"))
        let base = Date(timeIntervalSince1970: 1_624_000_000)
        let stories: [(String, ArticleStatus, [EntityRef], [HallyuCore.Tag])] = [
            ("lead", .published, [drama], [HallyuCore.Tag(slug: "romance", name: "")]),
            ("same-drama", .published, [drama], []),
            ("same-tag", .published, [EntityRef(kind: .title, slug: "my-name", name: "")], [HallyuCore.Tag(slug: "romance", name: "")]),
            ("unrelated", .published, [EntityRef(kind: .title, slug: "my-name", name: "")], []),
            ("draft-same-drama", .draft, [drama], []),
        ]
        for (offset, story) in stories.enumerated() {
            _ = try await writer.add(
                Article(
                    id: "", slug: story.0, title: story.0, body: "Text.", tags: story.3,
                    subjects: story.2, status: story.1,
                    publishedAt: base.addingTimeInterval(Double(offset) * 3600),
                    updatedAt: base, featured: false))
        }
    }

    @Test func draftsAreNeverPublic() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let repository = ArticleRepository(database: db)
            let draft = try await repository.published(slug: "draft-same-drama")
            #expect(draft == nil, "\(backend)")
            let latest = try await repository.latest(Paging(page: 1, per: 100))
            #expect(latest.total == 4, "\(backend)")
            #expect(!(latest.items.contains { $0.slug == "draft-same-drama" }), "\(backend)")
            #expect(latest.items.first?.slug == "unrelated", "newest first")
        }
    }

    @Test func relatedSharesASubjectOrTagAndExcludesItselfAndDrafts() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            try await RelatedArticles(database: db).rebuildAll()
            let repository = ArticleRepository(database: db)
            let found = try await repository.published(slug: "lead")
            let lead = try #require(found, "\(backend)")
            #expect(lead.subjects.map(\.slug) == ["nevertheless"], "\(backend)")
            let related = try await repository.related(to: lead)
            #expect(related.map(\.slug) == ["same-drama", "same-tag"], "a shared subject counts more than a shared tag (\(backend))")
        }
    }

    @Test func pagesCountEveryPublishedArticle() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let page = try await ArticleRepository(database: db).latest(Paging(page: 2, per: 3))
            #expect(page.items.count == 1, "\(backend)")
            #expect(page.total == 4, "\(backend)")
            #expect(page.pageCount == 2, "\(backend)")
            let about = try await ArticleRepository(database: db).about(.title, id: lead(db), Paging(page: 1, per: 10))
            #expect(about.items.map(\.slug) == ["same-drama", "lead"], "\(backend)")
        }
    }

    @Test func imagesAndEmbedsAreStoredWithTheirKinds() async throws {
        try await TestDatabase.run { db, backend in
            let writer = ArticleWriter(database: db)
            let clip = Media(id: "", embed: Embed.recognise("https://www.youtube.com/watch?v=IHNzOHi8sJs"), caption: "Music video")
            let (first, id) = try await writer.add(clip)
            let (again, sameID) = try await writer.add(clip)
            #expect(first == .added && again == .existed, "\(backend)")
            #expect(id == sameID, "\(backend)")
            let image = Media(
                id: "", fileName: "hero.png", contentType: "image/png", alt: "A stage", credit: "JTBC via Netflix",
                width: 1200, height: 675)
            let (added, imageID) = try await writer.add(image)
            #expect(added == .added, "\(backend)")
            let storedClip = try await MediaModel.find(UUID(uuidString: id), on: db)?.toCore()
            #expect(storedClip?.kind == .embed, "\(backend)")
            #expect(storedClip?.provider == "YouTube", "\(backend)")
            #expect(storedClip?.embedURL?.hasPrefix("https://www.youtube-nocookie.com/embed/IHNzOHi8sJs") == true, "\(backend)")
            let storedImage = try await MediaModel.find(UUID(uuidString: imageID), on: db)?.toCore()
            #expect(storedImage?.kind == .image, "\(backend)")
            #expect(storedImage?.path == "/media/hero.png", "\(backend)")
            #expect(storedImage?.credit == "JTBC via Netflix", "\(backend)")
        }
    }

    private func lead(_ db: any Database) async throws -> String {
        try await TitleModel.query(on: db).filter(\.$slug == "nevertheless").first()!.requireID().uuidString
    }
}
