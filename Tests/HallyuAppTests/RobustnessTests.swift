import Foundation
@testable import HallyuApp
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@Suite("Redirects, failures and start-up")
struct RobustnessTests {
    @Test func renamedSlugsAnswerWithA301() async throws {
        try await withApp(demo: true) { app, backend in
            try await SlugAllocator(database: app.db).rename(.person, from: "song-kang", to: "song-kang-actor")
            let response = try await get(app, "/people/song-kang")
            #expect(response.status == .movedPermanently, "\(backend)")
            #expect(response.headers.first(name: .location) == "/people/song-kang-actor")
            #expect(try await get(app, "/people/song-kang-actor").status == .ok)
        }
    }

    @Test func aDramaAskedForAsAFilmRedirects() async throws {
        try await withApp(demo: true) { app, _ in
            let response = try await get(app, "/films/nevertheless")
            #expect(response.status == .movedPermanently)
            #expect(response.headers.first(name: .location) == "/dramas/nevertheless")
        }
    }

    @Test func serverErrorsKeepTheirStatusAndHideInternals() async throws {
        struct Secret: Error { let detail = "SELECT * FROM users -- password=hunter2" }
        try await withApp { app, _ in
            app.get("explode") { _ -> String in throw Secret() }
            app.get("api", "v1", "explode") { _ -> String in throw Secret() }
            let page = try await get(app, "/explode")
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("Something went wrong"))
            #expect(!page.text.contains("hunter2") && !page.text.contains("SELECT"))
            let api = try await get(app, "/api/v1/explode")
            #expect(api.status == .internalServerError)
            #expect(!api.text.contains("hunter2"))
            #expect(try json(APIError.Body.self, api).error.code == "unavailable")
        }
    }

    @Test func healthzIs503WhenTheDatabaseCannotBeReached() async throws {
        let app = try await Application.make(.testing)
        let config = Config(database: .postgres(url: "postgres://nobody:nothing@127.0.0.1:9/none?sslmode=disable"),
                            publicURL: URL(string: "http://news.test")!, mediaDirectory: NSTemporaryDirectory(),
                            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .critical)
        do {
            try await configure(app, config: config)
            let response = try await get(app, "/healthz")
            #expect(response.status == .serviceUnavailable)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test func anUnopenableDatabaseStopsStartUpNamingDatabaseURL() async throws {
        let app = try await Application.make(.testing)
        let config = Config(database: .sqliteFile(path: "/nonexistent-folder-\(UUID().uuidString)/hallyu.sqlite"),
                            publicURL: URL(string: "http://news.test")!, mediaDirectory: NSTemporaryDirectory(),
                            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .critical)
        do {
            try await configure(app, config: config)
            await #expect {
                try await app.migrateOrExplain()
            } throws: { error in
                let text = String(describing: error)
                return text.contains("DATABASE_URL") && !text.contains("\n")
            }
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

@Suite("Site secret")
struct SecretTests {
    @Test func aGeneratedSecretIsKeptInTheDatabase() async throws {
        try await withApp { app, backend in
            let first = try #require(app.siteSecret, "\(backend)")
            #expect(first.count == 64)
            try await app.migrateOrExplain()
            #expect(app.siteSecret == first, "a restart keeps the stored secret")
            let stored = try await Settings(database: app.db).value("secret")
            #expect(stored == first)
        }
    }
}
