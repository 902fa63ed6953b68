import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Rendered article bodies")
struct RenderedBodiesTests {
    /// The story's body never changes here; only the knowledge base does, and the page must
    /// follow it even with the page cache off, where the rendered body is all that is kept.
    @Test func aBodyIsRenderedAgainOnceTheNamesChange() async throws {
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            let editor = try await apiToken(app, role: .editor, email: "bodies-editor@news.test")
            #expect(try await api(app, .POST, "/api/v1/people", token: editor, ["name": "Yoon Tae-rim"]).status == .created)
            #expect(try await api(app, .POST, "/api/v1/people", token: editor, ["name": "Seo Min-ha"]).status == .created)
            let made = try await api(
                app, .POST, "/api/v1/articles", token: editor,
                ["title": "A lawyer drama returns", "body": "Seo Min-ha returns to the screen this spring."])
            #expect(made.status == .created, "\(made.text)")
            struct Made: Decodable { var slug: String }
            let slug = try json(Made.self, made).slug
            #expect(try await api(app, .POST, "/api/v1/articles/\(slug)/publish", token: editor).status == .ok)

            let before = try await get(app, "/articles/\(slug)").text
            #expect(before.contains("href=\"/people/seo-min-ha\""), "\(backend)")

            let merged = try await api(app, .POST, "/api/v1/people/seo-min-ha/merge", token: editor, ["into": "yoon-tae-rim"])
            #expect(merged.status == .ok, "\(merged.text)")
            let after = try await get(app, "/articles/\(slug)").text
            #expect(after.contains("href=\"/people/yoon-tae-rim\""), "the merged name links to the person kept, on \(backend)")
            #expect(!after.contains("href=\"/people/seo-min-ha\""))
        }
    }

    @Test func theKeptBodiesStayWithinTheirBound() {
        let bodies = RenderedBodies(capacity: 64 * 1_024)
        for number in 0..<200 {
            let html = String(repeating: "<p>Story \(number)</p>", count: 100)
            bodies.keep(.init(html: html, wordCount: 200), for: RenderedBodies.key("Story \(number)", subjects: []))
        }
        #expect(bodies.usage.bytes <= 64 * 1_024)
        #expect(bodies.usage.entries > 0)
        let key = RenderedBodies.key("Story", subjects: [EntityRef(kind: .person, slug: "song-kang", name: "Song Kang")])
        #expect(key != RenderedBodies.key("Story", subjects: []), "subjects are part of the key")
    }
}
