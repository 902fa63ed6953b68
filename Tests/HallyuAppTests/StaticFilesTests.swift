import Foundation
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Static files are looked for only where the path names a file that is there; every other
/// path reaches its route as before, and a path that climbs out of the folder is refused.
@Suite("Static files")
struct StaticFilesTests {
    @Test func filesAreServedAndEveryOtherPathReachesItsRoute() async throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-static-\(UUID().uuidString)")
        let css = theme.appendingPathComponent("Public/css")
        try FileManager.default.createDirectory(at: css, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: theme) }
        try "body { color: teal }".write(to: css.appendingPathComponent("extra file.css"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("Public/notes.d"), withIntermediateDirectories: true)
        try await withApp(demo: true, adjust: { $0.themeDirectory = theme.path }) { app, backend in
            let bundled = try await get(app, "/css/site.css")
            #expect(bundled.status == .ok && bundled.text.contains("{"), "the bundled style sheet on \(backend)")
            let encoded = try await get(app, "/css/extra%20file.css")
            #expect(encoded.status == .ok && encoded.text == "body { color: teal }", "a percent-encoded name on \(backend)")
            let feed = try await get(app, "/feed.xml")
            #expect(feed.status == .ok && feed.text.contains("<rss"), "a route with a dot in its name on \(backend)")
            #expect(try await get(app, "/notes.d").status == .notFound, "a folder is not a file on \(backend)")
            #expect(try await get(app, "/css/missing.css").status == .notFound, "\(backend)")
            // A file put in the theme while the site runs is served at once, as its templates are.
            try "User-agent: *\nDisallow: /drafts/\n".write(
                to: theme.appendingPathComponent("Public/robots.txt"),
                atomically: true, encoding: .utf8)
            let robots = try await get(app, "/robots.txt")
            #expect(robots.text.contains("Disallow: /drafts/"), "the theme's own robots.txt wins on \(backend)")
            for climbing in ["/css/%2E%2E/%2E%2E/Package.swift", "/css/..%2F..%2Fsecret.txt"] {
                let refused = try await app.testing().sendRequest(.GET, climbing)
                #expect(refused.status.code >= 400 && refused.status.code < 500, "\(climbing) on \(backend)")
            }
        }
    }
}
