import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Search on the demo newsroom")
struct SearchTests {
    private func search(_ app: Application, _ query: String, kind: String? = nil) async throws -> SearchDTO {
        let q = QueryValue.encoded(query)
        let response = try await get(app, "/api/v1/search?q=\(q)" + (kind.map { "&kind=\($0)" } ?? ""))
        #expect(response.status == .ok, "\(query): \(response.body.string)")
        return try json(SearchDTO.self, response)
    }

    /// Every spelling of a name puts its entity first.
    @Test func everySpellingFindsTheEntityFirst() async throws {
        let table: [(query: String, slug: String)] = [
            ("Han So-hee", "han-so-hee"), ("Han Sohee", "han-so-hee"), ("hansohee", "han-so-hee"), ("So-hee Han", "han-so-hee"),
            ("한소희", "han-so-hee"), ("ㅎㅅㅎ", "han-so-hee"), ("Han Soheee", "han-so-hee"), ("han so hui", "han-so-hee"),
            ("Nevertheless", "nevertheless"), ("알고있지만", "nevertheless"), ("알고 있지만", "nevertheless"),
            ("Crash Landing on You", "crash-landing-on-you"), ("사랑의 불시착", "crash-landing-on-you"),
        ]
        try await withApp(demo: true) { app, backend in
            for row in table {
                let result = try await search(app, row.query)
                #expect(result.entities.first?.slug == row.slug, "\(row.query) on \(backend): \(result.entities.map(\.slug))")
            }
        }
    }

    @Test func articlesMatchWithHighlightedSnippets() async throws {
        try await withApp(demo: true) { app, backend in
            let result = try await search(app, "Nevertheless")
            #expect(result.articles.total >= 3, "\(backend)")
            let first = try #require(result.articles.items.first)
            #expect(first.article.title.contains("Nevertheless"), "the title weighs most: \(first.article.title)")
            let highlight = try #require(first.highlights.first)
            let utf16 = Array(first.snippet.utf16)
            #expect(String(decoding: utf16[highlight.start..<highlight.end], as: UTF16.self) == "Nevertheless")
            let korean = try await search(app, "송강")
            #expect(korean.entities.first?.slug == "song-kang")
            // The articles are in English: the name written in Hangul finds them through him.
            #expect(korean.articles.items.contains { $0.article.title.contains("Song Kang") }, "\(backend)")
            let initials = try await search(app, "ㅎㅅㅎ")
            #expect(initials.articles.total > 0, "\(backend)")
        }
    }

    @Test func kindNarrowsTheAnswer() async throws {
        try await withApp(demo: true) { app, _ in
            let people = try await search(app, "Nevertheless", kind: "person")
            #expect(people.articles.items.isEmpty)
            #expect(people.entities.allSatisfy { $0.kind == "person" })
            let articles = try await search(app, "Han So-hee", kind: "article")
            #expect(articles.entities.isEmpty)
            #expect(!articles.articles.items.isEmpty)
            let bad = try await get(app, "/api/v1/search?q=x&kind=planet")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("kind must be one of"))
            let page = try await get(app, "/search?q=Han+So-hee&kind=planet")
            #expect(page.status == .badRequest)
            #expect(page.body.string.contains("kind must be one of"))
            #expect(page.body.string.contains("value=\"Han So-hee\""), "the search box keeps what was typed")
        }
    }

    @Test func oddQueriesGetAHelpfulPageNeverAnError() async throws {
        try await withApp(demo: true) { app, backend in
            let long = String(repeating: "드라마 drama ", count: 100)
            for query in ["", "   ", "?!…", "\"", "*", "NEAR", "-", "'; DROP TABLE articles; --", long, "%00", "<b>bold</b>"] {
                let q = QueryValue.encoded(query)
                let page = try await get(app, "/search?q=\(q)")
                #expect(page.status == .ok, "\(query.prefix(20)) on \(backend)")
                #expect(!page.body.string.contains("<b>bold</b>"), "the query is escaped")
                let api = try await get(app, "/api/v1/search?q=\(q)")
                #expect(api.status == .ok, "\(query.prefix(20)) on \(backend)")
            }
            let punctuation = try await get(app, "/search?q=%3F%21")
            #expect(punctuation.body.string.contains("There is nothing to look for"))
            let nothing = try await get(app, "/search?q=zzzzqqq")
            #expect(nothing.body.string.contains("Nothing matches"))
            let page = try await get(app, "/search?q=Han+So-hee")
            #expect(page.body.string.contains("<mark>"))
            #expect(page.body.string.contains("href=\"/people/han-so-hee\""))
        }
    }
}
