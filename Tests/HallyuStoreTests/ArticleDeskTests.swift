import Fluent
import Foundation
import HallyuCore
@testable import HallyuStore
import XCTest

final class ArticleDeskTests: XCTestCase {
    private func writer(_ db: any Database, _ email: String = "writer@news.test") async throws -> User {
        try await Accounts(database: db).add(User(id: "", slug: "", name: "Writer \(email.prefix(2))", email: email, role: .writer),
                                             passwordHash: "h")
    }

    private let draft = ArticleDesk.Draft(title: "Ratings: the week in K-drama", dek: "Who climbed.",
                                          body: "First paragraph.\n\nSecond paragraph.\n", tags: ["Ratings", "ratings ", "JTBC"])

    func testEverySaveIsARevisionAndAStaleSaveIsAConflict() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let author = try await self.writer(db)
            let created = try await desk.create(self.draft, by: author)
            XCTAssertEqual(created.article.slug, "ratings-the-week-in-k-drama", backend)
            XCTAssertEqual(created.article.status, .draft, backend)
            XCTAssertEqual(created.revision, 1, backend)
            XCTAssertEqual(created.article.tags.map(\.slug), ["jtbc", "ratings"], "one tag per slug (\(backend))")
            XCTAssertTrue(created.isAuthor(author), backend)

            var second = self.draft
            second.body = "First paragraph.\n\nA rewritten second paragraph.\n"
            let saved = try await desk.update(id: created.article.id, with: second, base: 1, by: author)
            XCTAssertEqual(saved.revision, 2, backend)
            do {
                var stale = self.draft
                stale.title = "Another editor's title"
                _ = try await desk.update(id: created.article.id, with: stale, base: 1, by: author)
                XCTFail("a save from revision 1 after revision 2 (\(backend))")
            } catch let conflict as ArticleDesk.Conflict {
                XCTAssertEqual([conflict.yours, conflict.current], [1, 2], backend)
            }
            let unchanged = try await desk.entry(id: created.article.id)
            XCTAssertEqual(unchanged?.article.title, self.draft.title, "nothing was overwritten (\(backend))")

            let revisions = try await desk.revisions(of: created.article.id)
            XCTAssertEqual(revisions.map(\.number), [2, 1], backend)
            let diff = LineDiff(old: revisions[1].comparableText, new: revisions[0].comparableText)
            XCTAssertEqual(diff.lines.filter { $0.kind == .removed }.map(\.text), ["Second paragraph."], backend)
            XCTAssertEqual(diff.lines.filter { $0.kind == .added }.map(\.text), ["A rewritten second paragraph."], backend)

            let restored = try await desk.restore(id: created.article.id, number: 1, base: 2, by: author)
            XCTAssertEqual(restored.revision, 3, "restoring adds a revision (\(backend))")
            XCTAssertEqual(restored.article.body, self.draft.body, backend)
            let notes = try await desk.revisions(of: created.article.id).map(\.note)
            XCTAssertEqual(notes.first, "restored revision 1", backend)
        }
    }

    func testRenamingAPublishedArticleLeavesARedirectButADraftDoesNot() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let author = try await self.writer(db)
            let created = try await desk.create(self.draft, by: author)
            var renamed = self.draft
            renamed.slug = "weekly-ratings"
            _ = try await desk.update(id: created.article.id, with: renamed, base: 1, by: author)
            let draftRedirects = try await SlugRedirectModel.query(on: db).count()
            XCTAssertEqual(draftRedirects, 0, "a draft was never public (\(backend))")
            _ = try await desk.take(.publish, id: created.article.id, now: Date())
            renamed.slug = "the-weekly-ratings"
            _ = try await desk.update(id: created.article.id, with: renamed, base: 2, by: author)
            let redirect = try await SlugRedirectModel.query(on: db).first()
            XCTAssertEqual(redirect?.oldSlug, "weekly-ratings", backend)
            do {
                var bad = renamed
                bad.slug = "Not A Slug"
                _ = try await desk.update(id: created.article.id, with: bad, base: 3, by: author)
                XCTFail("an invalid slug (\(backend))")
            } catch let error as StoreError {
                XCTAssertTrue(error.message.contains("not a slug"), backend)
            }
        }
    }

    func testADueArticleIsPublishedOnceWhenTwoPublishersAskAtOnce() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let author = try await self.writer(db)
            let now = Date()
            var ids: [String] = []
            for index in 0..<6 {
                var story = self.draft
                story.title = "Scheduled story \(index)"
                let entry = try await desk.create(story, by: author)
                // Four are due, two are for later.
                _ = try await desk.take(.schedule, id: entry.article.id, at: now.addingTimeInterval(index < 4 ? -60 : 3600), now: now)
                ids.append(entry.article.id)
            }
            async let first = desk.publishDue(now: now)
            async let second = desk.publishDue(now: now)
            let claimed = try await first + second
            XCTAssertEqual(Set(claimed), Set(ids.prefix(4)), backend)
            XCTAssertEqual(claimed.count, 4, "each article went to exactly one publisher (\(backend))")
            let again = try await desk.publishDue(now: now)
            XCTAssertTrue(again.isEmpty, backend)
            let published = try await desk.entry(id: ids[0])
            XCTAssertEqual(published?.article.status, .published, backend)
            XCTAssertEqual(published?.article.publishedAt?.timeIntervalSince1970 ?? 0, now.addingTimeInterval(-60).timeIntervalSince1970,
                           accuracy: 0.01, "it carries the time it was scheduled for (\(backend))")
            XCTAssertNil(published?.scheduledAt, backend)
            let later = try await desk.entry(id: ids[5])
            XCTAssertEqual(later?.article.status, .scheduled, backend)
            let visible = try await ArticleRepository(database: db).published(slug: published?.article.slug ?? "")
            XCTAssertNotNil(visible, backend)
        }
    }

    func testWorkflowStepsStartOnlyFromTheirStates() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let entry = try await desk.create(self.draft, by: try await self.writer(db))
            do {
                _ = try await desk.take(.unpublish, id: entry.article.id, now: Date())
                XCTFail("unpublishing a draft (\(backend))")
            } catch let error as StoreError {
                XCTAssertTrue(error.message.contains("cannot be unpublished"), backend)
            }
            let published = try await desk.take(.publish, id: entry.article.id, now: Date())
            let firstTime = try XCTUnwrap(published.article.publishedAt)
            _ = try await desk.take(.unpublish, id: entry.article.id, now: Date())
            let gone = try await ArticleRepository(database: db).published(slug: entry.article.slug)
            XCTAssertNil(gone, backend)
            let back = try await desk.take(.publish, id: entry.article.id, now: firstTime.addingTimeInterval(86_400))
            XCTAssertEqual(back.article.publishedAt, firstTime, "the original date is kept (\(backend))")
        }
    }

    func testAnImageInUseCannotBeDeleted() async throws {
        try await TestDatabase.run { db, backend in
            let library = MediaLibrary(database: db)
            let (image, existed) = try await library.add(fileName: "0123abcd.png", format: .png, width: 4, height: 3,
                                                         .init(alt: "A test card", credit: "Hallyu Studio"))
            XCTAssertFalse(existed, backend)
            let again = try await library.add(fileName: "0123abcd.png", format: .png, width: 4, height: 3, .init(alt: "", credit: ""))
            XCTAssertTrue(again.existed, "the same bytes are the same item (\(backend))")
            XCTAssertEqual(again.media.id, image.id, backend)
            var story = self.draft
            story.heroMediaID = image.id
            let entry = try await ArticleDesk(database: db).create(story, by: try await self.writer(db))
            do {
                _ = try await library.delete(id: image.id)
                XCTFail("deleting a hero in use (\(backend))")
            } catch let error as StoreError {
                XCTAssertTrue(error.message.contains("an article shows this image"), backend)
            }
            let found = try await library.list(query: "test CARD", Paging(page: 1, per: 10))
            XCTAssertEqual(found.items.map(\.media.id), [image.id], "search ignores case (\(backend))")
            XCTAssertEqual(found.items.first?.heroUses, 1, backend)
            story.heroMediaID = nil
            _ = try await ArticleDesk(database: db).update(id: entry.article.id, with: story, base: 1, by: try await self.writer(db, "w2@news.test"))
            let fileName = try await library.delete(id: image.id)
            XCTAssertEqual(fileName, "0123abcd.png", backend)
        }
    }
}
