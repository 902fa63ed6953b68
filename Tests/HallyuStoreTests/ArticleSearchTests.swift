import Fluent
import Foundation
import HallyuCore
import Testing

@testable import HallyuStore

@Suite struct ArticleSearchTests {
    private func seed(_ db: any Database) async throws {
        let writer = ArticleWriter(database: db)
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let stories: [(slug: String, title: String, dek: String, body: String, status: ArticleStatus)] = [
            ("title-match", "Song Kang enlists", "The actor begins his service.", "A short note.", .published),
            ("body-match", "A busy year", "Dramas and films.", "Later in the year Song Kang appeared at an event.", .published),
            ("hangul", "송강이 입대했다", "배우의 소식", "송강은 오늘 입대했다.", .published),
            ("older-twin", "Lovers of the Red Sky", "A period romance.", "Kim Yoo-jung stars.", .published),
            ("newer-twin", "Lovers of the Red Sky", "A period romance.", "Kim Yoo-jung stars.", .published),
            ("draft", "Song Kang draft", "Not yet out.", "Song Kang.", .draft),
        ]
        for (offset, story) in stories.enumerated() {
            _ = try await writer.add(
                Article(
                    id: "", slug: story.slug, title: story.title, dek: story.dek, body: story.body,
                    status: story.status, publishedAt: base.addingTimeInterval(Double(offset) * 3600),
                    updatedAt: base, featured: false))
        }
    }

    private func slugs(_ db: any Database, _ text: String) async throws -> [String] {
        try await ArticleSearch(database: db).search(SearchQuery(text), Paging(page: 1, per: 20)).hits.items.map(\.summary.slug)
    }

    @Test func titleOutranksBodyAndDraftsAreNeverFound() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let found = try await self.slugs(db, "song kang")
            #expect(found == ["title-match", "body-match"], "\(backend)")
        }
    }

    @Test func twoSyllableHangulMatchesInsideLongerWords() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let twoSyllables = try await self.slugs(db, "송강")
            #expect(twoSyllables == ["hangul"], "송강 inside 송강이 and 송강은 (\(backend))")
            let threeSyllables = try await self.slugs(db, "입대했")
            #expect(threeSyllables == ["hangul"], "\(backend)")
            let oneSyllable = try await self.slugs(db, "송")
            #expect(oneSyllable == ["hangul"], "\(backend)")
        }
    }

    @Test func equalMatchesGoNewestFirstAndPagesCount() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let found = try await self.slugs(db, "Red Sky")
            #expect(found == ["newer-twin", "older-twin"], "\(backend)")
            let second = try await ArticleSearch(database: db).search(SearchQuery("red sky"), Paging(page: 2, per: 1))
            #expect(second.hits.total == 2, "\(backend)")
            #expect(!second.truncated, "\(backend)")
            #expect(second.hits.items.map(\.summary.slug) == ["older-twin"], "\(backend)")
        }
    }

    @Test func querySyntaxAndNonsenseAreSafe() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            for text in ["\"song", "kang*", "NEAR(song kang)", "-kang", "song OR", "'; DROP TABLE articles; --", "^~:{}[]", "ㅎㅅㅎ"] {
                _ = try await self.slugs(db, text)
            }
            let dash = try await self.slugs(db, "-kang")
            #expect(dash == ["title-match", "body-match"], "a minus sign is no operator (\(backend))")
            let empty = try await self.slugs(db, "   ")
            #expect(empty == [], "\(backend)")
        }
    }

    @Test func onlyTheNewestMatchesAreRankedPastTheWindow() async throws {
        try await TestDatabase.run { db, backend in
            let writer = ArticleWriter(database: db)
            let base = Date(timeIntervalSince1970: 1_700_000_000)
            // The oldest has the word in its title, which would rank it first inside the window.
            for index in 0..<5 {
                _ = try await writer.add(
                    Article(
                        id: "", slug: "story-\(index)", title: index == 0 ? "Premiere night" : "Story \(index)",
                        dek: "", body: "Seen at the premiere.", status: .published,
                        publishedAt: base.addingTimeInterval(Double(index) * 60), updatedAt: base, featured: false))
            }
            let search = ArticleSearch(database: db, window: 3)
            let found = try await search.search(SearchQuery("premiere"), Paging(page: 1, per: 10))
            #expect(found.hits.items.map(\.summary.slug) == ["story-4", "story-3", "story-2"], "\(backend)")
            #expect(found.hits.total == 3, "\(backend)")
            #expect(found.truncated, "\(backend)")
            let whole = try await ArticleSearch(database: db, window: 5).search(SearchQuery("premiere"), Paging(page: 1, per: 10))
            #expect(whole.hits.items.first?.summary.slug == "story-0", "the title match leads once inside the window (\(backend))")
            #expect(!whole.truncated, "\(backend)")
        }
    }

    @Test func hitsCarryPlainTextAndLeaveTheIndexWhenUnpublished() async throws {
        try await TestDatabase.run { db, backend in
            _ = try await ArticleWriter(database: db).add(
                Article(
                    id: "", slug: "marked-up", title: "A night out", dek: "", body: "**Song Kang** met [fans](https://example.com).",
                    status: .published, publishedAt: Date(timeIntervalSince1970: 1_700_000_000), updatedAt: Date(), featured: false))
            let search = ArticleSearch(database: db)
            let found = try await search.search(SearchQuery("fans"), Paging(page: 1, per: 10))
            #expect(found.hits.items.map(\.text) == ["Song Kang met fans."], "\(backend)")
            let row = try await ArticleModel.query(on: db).filter(\.$slug == "marked-up").first()
            let id = try #require(row?.id)
            try await search.update(articleID: id, title: "A night out", dek: "", body: "Song Kang met fans.", publishedAt: nil)
            let gone = try await self.slugs(db, "fans")
            #expect(gone == [], "an unpublished article is not found (\(backend))")
            try await search.update(
                articleID: id, title: "A night out", dek: "", body: "Song Kang met fans.",
                publishedAt: Date(timeIntervalSince1970: 1_700_000_000))
            try await search.update(
                articleID: id, title: "A night out", dek: "", body: "Song Kang met fans again.",
                publishedAt: Date(timeIntervalSince1970: 1_700_000_000))
            let again = try await search.search(SearchQuery("fans"), Paging(page: 1, per: 10))
            #expect(again.hits.items.map(\.text) == ["Song Kang met fans again."], "updating replaces, never doubles (\(backend))")
            #expect(again.hits.total == 1, "\(backend)")
        }
    }
}
