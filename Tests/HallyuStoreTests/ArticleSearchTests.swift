import Fluent
import Foundation
import HallyuCore
@testable import HallyuStore
import XCTest

final class ArticleSearchTests: XCTestCase {
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
            _ = try await writer.add(Article(id: "", slug: story.slug, title: story.title, dek: story.dek, body: story.body,
                                             status: story.status, publishedAt: base.addingTimeInterval(Double(offset) * 3600),
                                             updatedAt: base, featured: false))
        }
    }

    private func slugs(_ db: any Database, _ text: String) async throws -> [String] {
        try await ArticleSearch(database: db).search(SearchQuery(text), Paging(page: 1, per: 20)).hits.items.map(\.summary.slug)
    }

    func testTitleOutranksBodyAndDraftsAreNeverFound() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let found = try await self.slugs(db, "song kang")
            XCTAssertEqual(found, ["title-match", "body-match"], backend)
        }
    }

    func testTwoSyllableHangulMatchesInsideLongerWords() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let twoSyllables = try await self.slugs(db, "송강")
            XCTAssertEqual(twoSyllables, ["hangul"], "송강 inside 송강이 and 송강은 (\(backend))")
            let threeSyllables = try await self.slugs(db, "입대했")
            XCTAssertEqual(threeSyllables, ["hangul"], backend)
            let oneSyllable = try await self.slugs(db, "송")
            XCTAssertEqual(oneSyllable, ["hangul"], backend)
        }
    }

    func testEqualMatchesGoNewestFirstAndPagesCount() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            let found = try await self.slugs(db, "Red Sky")
            XCTAssertEqual(found, ["newer-twin", "older-twin"], backend)
            let second = try await ArticleSearch(database: db).search(SearchQuery("red sky"), Paging(page: 2, per: 1))
            XCTAssertEqual(second.hits.total, 2, backend)
            XCTAssertFalse(second.truncated, backend)
            XCTAssertEqual(second.hits.items.map(\.summary.slug), ["older-twin"], backend)
        }
    }

    func testQuerySyntaxAndNonsenseAreSafe() async throws {
        try await TestDatabase.run { db, backend in
            try await self.seed(db)
            for text in ["\"song", "kang*", "NEAR(song kang)", "-kang", "song OR", "'; DROP TABLE articles; --", "^~:{}[]", "ㅎㅅㅎ"] {
                _ = try await self.slugs(db, text)
            }
            let dash = try await self.slugs(db, "-kang")
            XCTAssertEqual(dash, ["title-match", "body-match"], "a minus sign is no operator (\(backend))")
            let empty = try await self.slugs(db, "   ")
            XCTAssertEqual(empty, [], backend)
        }
    }

    func testOnlyTheNewestMatchesAreRankedPastTheWindow() async throws {
        try await TestDatabase.run { db, backend in
            let writer = ArticleWriter(database: db)
            let base = Date(timeIntervalSince1970: 1_700_000_000)
            // The oldest has the word in its title, which would rank it first inside the window.
            for index in 0..<5 {
                _ = try await writer.add(Article(id: "", slug: "story-\(index)", title: index == 0 ? "Premiere night" : "Story \(index)",
                                                 dek: "", body: "Seen at the premiere.", status: .published,
                                                 publishedAt: base.addingTimeInterval(Double(index) * 60), updatedAt: base, featured: false))
            }
            let search = ArticleSearch(database: db, window: 3)
            let found = try await search.search(SearchQuery("premiere"), Paging(page: 1, per: 10))
            XCTAssertEqual(found.hits.items.map(\.summary.slug), ["story-4", "story-3", "story-2"], backend)
            XCTAssertEqual(found.hits.total, 3, backend)
            XCTAssertTrue(found.truncated, backend)
            let whole = try await ArticleSearch(database: db, window: 5).search(SearchQuery("premiere"), Paging(page: 1, per: 10))
            XCTAssertEqual(whole.hits.items.first?.summary.slug, "story-0", "the title match leads once inside the window (\(backend))")
            XCTAssertFalse(whole.truncated, backend)
        }
    }

    func testHitsCarryPlainTextAndLeaveTheIndexWhenUnpublished() async throws {
        try await TestDatabase.run { db, backend in
            _ = try await ArticleWriter(database: db).add(Article(
                id: "", slug: "marked-up", title: "A night out", dek: "", body: "**Song Kang** met [fans](https://example.com).",
                status: .published, publishedAt: Date(timeIntervalSince1970: 1_700_000_000), updatedAt: Date(), featured: false))
            let search = ArticleSearch(database: db)
            let found = try await search.search(SearchQuery("fans"), Paging(page: 1, per: 10))
            XCTAssertEqual(found.hits.items.map(\.text), ["Song Kang met fans."], backend)
            let row = try await ArticleModel.query(on: db).filter(\.$slug == "marked-up").first()
            let id = try XCTUnwrap(row?.id)
            try await search.update(articleID: id, title: "A night out", dek: "", body: "Song Kang met fans.", publishedAt: nil)
            let gone = try await self.slugs(db, "fans")
            XCTAssertEqual(gone, [], "an unpublished article is not found (\(backend))")
            try await search.update(articleID: id, title: "A night out", dek: "", body: "Song Kang met fans.",
                                    publishedAt: Date(timeIntervalSince1970: 1_700_000_000))
            try await search.update(articleID: id, title: "A night out", dek: "", body: "Song Kang met fans again.",
                                    publishedAt: Date(timeIntervalSince1970: 1_700_000_000))
            let again = try await search.search(SearchQuery("fans"), Paging(page: 1, per: 10))
            XCTAssertEqual(again.hits.items.map(\.text), ["Song Kang met fans again."], "updating replaces, never doubles (\(backend))")
            XCTAssertEqual(again.hits.total, 1, backend)
        }
    }
}
