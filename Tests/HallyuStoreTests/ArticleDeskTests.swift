import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct ArticleDeskTests {
    private func writer(_ db: any Database, _ email: String = "writer@news.test") async throws -> User {
        try await Accounts(database: db).add(
            User(id: "", slug: "", name: "Writer \(email.prefix(2))", email: email, role: .writer),
            passwordHash: "h")
    }

    private let draft = ArticleDesk.Draft(
        title: "Ratings: the week in K-drama", dek: "Who climbed.",
        body: "First paragraph.\n\nSecond paragraph.\n", tags: ["Ratings", "ratings ", "JTBC"])

    @Test func everySaveIsARevisionAndAStaleSaveIsAConflict() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let author = try await self.writer(db)
            let created = try await desk.create(self.draft, by: author)
            #expect(created.article.slug == "ratings-the-week-in-k-drama", "\(backend)")
            #expect(created.article.status == .draft, "\(backend)")
            #expect(created.revision == 1, "\(backend)")
            #expect(created.article.tags.map(\.slug) == ["jtbc", "ratings"], "one tag per slug (\(backend))")
            #expect(created.isAuthor(author), "\(backend)")

            var second = self.draft
            second.body = "First paragraph.\n\nA rewritten second paragraph.\n"
            let saved = try await desk.update(id: created.article.id, with: second, base: 1, by: author)
            #expect(saved.revision == 2, "\(backend)")
            do {
                var stale = self.draft
                stale.title = "Another editor's title"
                _ = try await desk.update(id: created.article.id, with: stale, base: 1, by: author)
                Issue.record("a save from revision 1 after revision 2 (\(backend))")
            } catch let conflict as ArticleDesk.Conflict {
                #expect((conflict.yours, conflict.current) == (1, 2), "\(backend)")
            }
            let unchanged = try await desk.entry(id: created.article.id)
            #expect(unchanged?.article.title == self.draft.title, "nothing was overwritten (\(backend))")

            let revisions = try await desk.revisions(of: created.article.id)
            #expect(revisions.map(\.number) == [2, 1], "\(backend)")
            let diff = LineDiff(old: revisions[1].comparableText, new: revisions[0].comparableText)
            #expect(diff.lines.filter { $0.kind == .removed }.map(\.text) == ["Second paragraph."], "\(backend)")
            #expect(diff.lines.filter { $0.kind == .added }.map(\.text) == ["A rewritten second paragraph."], "\(backend)")

            let restored = try await desk.restore(id: created.article.id, number: 1, base: 2, by: author)
            #expect(restored.revision == 3, "restoring adds a revision (\(backend))")
            #expect(restored.article.body == self.draft.body, "\(backend)")
            let notes = try await desk.revisions(of: created.article.id).map(\.note)
            #expect(notes.first == "restored revision 1", "\(backend)")
        }
    }

    @Test func renamingAPublishedArticleLeavesARedirectButADraftDoesNot() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let author = try await self.writer(db)
            let created = try await desk.create(self.draft, by: author)
            var renamed = self.draft
            renamed.slug = "weekly-ratings"
            _ = try await desk.update(id: created.article.id, with: renamed, base: 1, by: author)
            let draftRedirects = try await SlugRedirectModel.query(on: db).count()
            #expect(draftRedirects == 0, "a draft was never public (\(backend))")
            _ = try await desk.take(.publish, id: created.article.id, now: Date())
            renamed.slug = "the-weekly-ratings"
            _ = try await desk.update(id: created.article.id, with: renamed, base: 2, by: author)
            let redirect = try await SlugRedirectModel.query(on: db).first()
            #expect(redirect?.oldSlug == "weekly-ratings", "\(backend)")
            do {
                var bad = renamed
                bad.slug = "Not A Slug"
                _ = try await desk.update(id: created.article.id, with: bad, base: 3, by: author)
                Issue.record("an invalid slug (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("not a slug"), "\(backend)")
            }
        }
    }

    @Test func aDueArticleIsPublishedOnceWhenTwoPublishersAskAtOnce() async throws {
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
            #expect(Set(claimed) == Set(ids.prefix(4)), "\(backend)")
            #expect(claimed.count == 4, "each article went to exactly one publisher (\(backend))")
            let again = try await desk.publishDue(now: now)
            #expect(again.isEmpty, "\(backend)")
            let published = try await desk.entry(id: ids[0])
            #expect(published?.article.status == .published, "\(backend)")
            #expect(
                abs((published?.article.publishedAt?.timeIntervalSince1970 ?? 0) - now.addingTimeInterval(-60).timeIntervalSince1970) <= 0.01,
                "it carries the time it was scheduled for (\(backend))")
            #expect(published?.scheduledAt == nil, "\(backend)")
            let later = try await desk.entry(id: ids[5])
            #expect(later?.article.status == .scheduled, "\(backend)")
            let visible = try await ArticleRepository(database: db).published(slug: published?.article.slug ?? "")
            #expect(visible != nil, "\(backend)")
        }
    }

    @Test func workflowStepsStartOnlyFromTheirStates() async throws {
        try await TestDatabase.run { db, backend in
            let desk = ArticleDesk(database: db)
            let entry = try await desk.create(self.draft, by: try await self.writer(db))
            do {
                _ = try await desk.take(.unpublish, id: entry.article.id, now: Date())
                Issue.record("unpublishing a draft (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("cannot be unpublished"), "\(backend)")
            }
            let published = try await desk.take(.publish, id: entry.article.id, now: Date())
            let firstTime = try #require(published.article.publishedAt)
            _ = try await desk.take(.unpublish, id: entry.article.id, now: Date())
            let gone = try await ArticleRepository(database: db).published(slug: entry.article.slug)
            #expect(gone == nil, "\(backend)")
            let back = try await desk.take(.publish, id: entry.article.id, now: firstTime.addingTimeInterval(86_400))
            #expect(back.article.publishedAt == firstTime, "the original date is kept (\(backend))")
        }
    }

    @Test func anImageInUseCannotBeDeleted() async throws {
        try await TestDatabase.run { db, backend in
            let library = MediaLibrary(database: db)
            let (image, existed) = try await library.add(
                fileName: "0123abcd.png", format: .png, width: 4, height: 3,
                .init(alt: "A test card", credit: "Hallyu Studio"))
            #expect(!existed, "\(backend)")
            let again = try await library.add(fileName: "0123abcd.png", format: .png, width: 4, height: 3, .init(alt: "", credit: ""))
            #expect(again.existed, "the same bytes are the same item (\(backend))")
            #expect(again.media.id == image.id, "\(backend)")
            var story = self.draft
            story.heroMediaID = image.id
            let entry = try await ArticleDesk(database: db).create(story, by: try await self.writer(db))
            do {
                _ = try await library.delete(id: image.id)
                Issue.record("deleting a hero in use (\(backend))")
            } catch let error as StoreError {
                #expect(error.message.contains("an article shows this image"), "\(backend)")
            }
            let found = try await library.list(query: "test CARD", Paging(page: 1, per: 10))
            #expect(found.items.map(\.media.id) == [image.id], "search ignores case (\(backend))")
            #expect(found.items.first?.heroUses == 1, "\(backend)")
            story.heroMediaID = nil
            _ = try await ArticleDesk(database: db).update(id: entry.article.id, with: story, base: 1, by: try await self.writer(db, "w2@news.test"))
            #expect(try await library.needingVariants().map(\.id) == [image.id], "no copies yet (\(backend))")
            let copies = ImageVariants(fallback: .jpeg, widths: [4], socialWidth: 4, socialHeight: 2)
            try await library.recordVariants(id: image.id, copies, width: 4, height: 3)
            #expect(try await library.needingVariants().isEmpty, "\(backend)")
            #expect(try await library.item(id: image.id)?.media.variants == copies, "\(backend)")
            let files = try await library.delete(id: image.id)
            #expect(
                files == ["0123abcd.png", "0123abcd-r1-w4.webp", "0123abcd-r1-w4.jpg", "0123abcd-r1-social.jpg"],
                "the upload and its copies go (\(backend))")
        }
    }
}
