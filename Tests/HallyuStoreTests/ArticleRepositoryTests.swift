import Fluent
import Foundation
import HallyuCore
@testable import HallyuStore
import XCTest

final class ArticleRepositoryTests: XCTestCase {
    private let drama = EntityRef(kind: .title, slug: "nevertheless", name: "Nevertheless")

    private func seed(_ db: any Database) async throws {
        _ = try await KnowledgeWriter(database: db).add(Title(id: "", slug: "nevertheless", kind: .drama, name: "Nevertheless"))
        _ = try await KnowledgeWriter(database: db).add(Title(id: "", slug: "my-name", kind: .drama, name: "My Name"))
        let writer = ArticleWriter(database: db)
        _ = try await writer.add(Tag(slug: "romance", name: "Romance"))
        let base = Date(timeIntervalSince1970: 1_624_000_000)
        let stories: [(String, ArticleStatus, [EntityRef], [Tag])] = [
            ("lead", .published, [drama], [Tag(slug: "romance", name: "")]),
            ("same-drama", .published, [drama], []),
            ("same-tag", .published, [EntityRef(kind: .title, slug: "my-name", name: "")], [Tag(slug: "romance", name: "")]),
            ("unrelated", .published, [EntityRef(kind: .title, slug: "my-name", name: "")], []),
            ("draft-same-drama", .draft, [drama], []),
        ]
        for (offset, story) in stories.enumerated() {
            _ = try await writer.add(Article(id: "", slug: story.0, title: story.0, body: "Text.", tags: story.3,
                                             subjects: story.2, status: story.1,
                                             publishedAt: base.addingTimeInterval(Double(offset) * 3600),
                                             updatedAt: base, featured: false))
        }
    }

    func testDraftsAreNeverPublic() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let repository = ArticleRepository(database: db)
            let draft = try await repository.published(slug: "draft-same-drama")
            XCTAssertNil(draft, backend)
            let latest = try await repository.latest(Paging(page: 1, per: 100))
            XCTAssertEqual(latest.total, 4, backend)
            XCTAssertFalse(latest.items.contains { $0.slug == "draft-same-drama" }, backend)
            XCTAssertEqual(latest.items.first?.slug, "unrelated", "newest first")
        }
    }

    func testRelatedSharesASubjectOrTagAndExcludesItselfAndDrafts() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            try await RelatedArticles(database: db).rebuildAll()
            let repository = ArticleRepository(database: db)
            let found = try await repository.published(slug: "lead")
            let lead = try XCTUnwrap(found, backend)
            XCTAssertEqual(lead.subjects.map(\.slug), ["nevertheless"], backend)
            let related = try await repository.related(to: lead)
            XCTAssertEqual(related.map(\.slug), ["same-drama", "same-tag"], "a shared subject counts more than a shared tag (\(backend))")
        }
    }

    func testPagesCountEveryPublishedArticle() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let page = try await ArticleRepository(database: db).latest(Paging(page: 2, per: 3))
            XCTAssertEqual(page.items.count, 1, backend)
            XCTAssertEqual(page.total, 4, backend)
            XCTAssertEqual(page.pageCount, 2, backend)
            let about = try await ArticleRepository(database: db).about(.title, id: lead(db), Paging(page: 1, per: 10))
            XCTAssertEqual(about.items.map(\.slug), ["same-drama", "lead"], backend)
        }
    }

    func testImagesAndEmbedsAreStoredWithTheirKinds() async throws {
        try await TestDatabase.run { db, backend in
            let writer = ArticleWriter(database: db)
            let clip = Media(id: "", embed: Embed.recognise("https://www.youtube.com/watch?v=IHNzOHi8sJs"), caption: "Music video")
            let (first, id) = try await writer.add(clip)
            let (again, sameID) = try await writer.add(clip)
            XCTAssertEqual([first, again], [.added, .existed], backend)
            XCTAssertEqual(id, sameID, backend)
            let image = Media(id: "", fileName: "hero.png", contentType: "image/png", alt: "A stage", credit: "JTBC via Netflix",
                              width: 1200, height: 675)
            let (added, imageID) = try await writer.add(image)
            XCTAssertEqual(added, .added, backend)
            let storedClip = try await MediaModel.find(UUID(uuidString: id), on: db)?.toCore()
            XCTAssertEqual(storedClip?.kind, .embed, backend)
            XCTAssertEqual(storedClip?.provider, "YouTube", backend)
            XCTAssertEqual(storedClip?.embedURL?.hasPrefix("https://www.youtube-nocookie.com/embed/IHNzOHi8sJs"), true, backend)
            let storedImage = try await MediaModel.find(UUID(uuidString: imageID), on: db)?.toCore()
            XCTAssertEqual(storedImage?.kind, .image, backend)
            XCTAssertEqual(storedImage?.path, "/media/hero.png", backend)
            XCTAssertEqual(storedImage?.credit, "JTBC via Netflix", backend)
        }
    }

    private func lead(_ db: any Database) async throws -> String {
        try await TitleModel.query(on: db).filter(\.$slug == "nevertheless").first()!.requireID().uuidString
    }
}
