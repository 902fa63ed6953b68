import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Reader pages are written in Swift; the bundled Leaf templates, which a theme copies and
/// changes, must describe the very same pages. Every page of the demo is rendered both ways.
@Suite("Reader pages and their templates")
struct ReaderPageTemplatesTests {
    @Test func everyReaderPageIsTheSameThroughItsTemplate() async throws {
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            // Every other picture with resized copies (named only: the markup is what is compared),
            // so pages show pictures both with `srcset` and without.
            let library = MediaLibrary(database: app.db)
            for (index, item) in try await library.list(query: "", Paging(page: 1, per: 100)).items.enumerated() where index % 2 == 0 {
                try await library.recordVariants(
                    id: item.media.id, ImageVariants(fallback: .jpeg, widths: [320, 640, 960], socialWidth: 1200, socialHeight: 630),
                    width: item.media.width, height: item.media.height)
            }
            let sitemap = try await get(app, "/sitemap.xml").text
            var paths = sitemap.matches(of: /<loc>https?:\/\/[^\/<]+([^<]*)<\/loc>/).map { String($0.output.1) }
                .filter { !$0.hasPrefix("/media/") }
            let story = try await get(app, "/couples/han-so-hee-and-song-kang").text
            let polls = story.matches(of: /data-poll="([^"]+)"/).map { "/polls/" + $0.output.1 }
            #expect(!polls.isEmpty, "the couple page carries a poll on \(backend)")
            paths +=
                polls + [
                    "/?page=2", "/?per=3", "/tags/k-pop?per=2&page=2", "/search?q=han+so+hee",
                    "/search?q=%ED%95%9C%EC%86%8C%ED%9D%AC", "/search?q=song&kind=people", "/search?q=nothingmatches",
                    "/search?q=", "/search?q=kim&page=zero", "/no-such-page", "/articles/no-such-story",
                ]
            #expect(paths.count > 100, "the sitemap lists the demo's pages on \(backend)")
            for path in paths {
                try await expectSameThroughTemplates(app, backend: backend, path) { try await get(app, path) }
            }
            // A refused comment comes back with what was typed, through both.
            let refusal: @Sendable () async throws -> TestingHTTPResponse = {
                let body = "name=&body=Loved+%3Cthe%3E+finale+%26+more&_stamp=\(try agedStamp(app))"
                return try await app.testing().sendRequest(
                    .POST, "/articles/\(demoStory)/comments",
                    headers: ["Content-Type": "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: body))
            }
            try await expectSameThroughTemplates(app, backend: backend, "a refused comment", refusal)
        }
    }

    @Test func aThemeWithTemplatesRendersThroughLeaf() async throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("Views/partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: theme) }
        let bundled = try String(contentsOf: Resources.folder("Views").appendingPathComponent("partials/card.leaf"), encoding: .utf8)
        try bundled.replacingOccurrences(of: "<article class=\"card\">", with: "<article class=\"card card--themed\">")
            .write(to: theme.appendingPathComponent("Views/partials/card.leaf"), atomically: true, encoding: .utf8)
        try await withApp(demo: true, adjust: { $0.themeDirectory = theme.path }) { app, backend in
            #expect(app.readerPageRendering == .templates)
            let home = try await get(app, "/").text
            #expect(home.contains("card card--themed"), "the theme's card on \(backend)")
        }
        try await withApp(demo: true) { app, backend in
            #expect(app.readerPageRendering == .compiled, "no theme, no templates")
            let home = try await get(app, "/").text
            #expect(!home.contains("card--themed"), "\(backend)")
        }
    }

    private func expectSameThroughTemplates(
        _ app: Application, backend: String, _ label: String,
        _ fetch: () async throws -> TestingHTTPResponse
    ) async throws {
        app.readerPageRendering = .compiled
        let written = try await fetch()
        app.readerPageRendering = .templates
        let templated = try await fetch()
        app.readerPageRendering = .compiled
        #expect(written.status == templated.status, "\(label) on \(backend)")
        #expect(written.headers.contentType == templated.headers.contentType, "\(label) on \(backend)")
        let (ours, theirs) = (Self.layout(written.text), Self.layout(templated.text))
        guard ours != theirs else { return }
        let lines = (ours.split(separator: "\n", omittingEmptySubsequences: false), theirs.split(separator: "\n", omittingEmptySubsequences: false))
        let first = zip(lines.0, lines.1).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lines.0.count, lines.1.count)
        Issue.record(
            """
            \(label) differs on \(backend) at line \(first):
            written:  \(first < lines.0.count ? lines.0[first] : "(end)")
            template: \(first < lines.1.count ? lines.1[first] : "(end)")
            """)
    }

    /// The page with template layout ignored: a run of white space that breaks a line counts
    /// as one line break, others as written. Leaf also escapes `'`, which needs no escaping.
    /// The comment form's stamp carries the second it was made, which two renders may straddle.
    private static func layout(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'")
            .replacing(/name="_stamp" value="[^"]*"/, with: "name=\"_stamp\" value=\"\"")
            .replacing(/\s+/) { $0.output.contains("\n") ? "\n" : String($0.output) }
    }
}
