import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

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

    @Test func renamedSlugsRedirectInTheAPIAndForTags() async throws {
        try await withApp(demo: true) { app, _ in
            let slugs = SlugAllocator(database: app.db)
            try await slugs.rename(.couple, from: "han-so-hee-and-song-kang", to: "song-kang-and-han-so-hee")
            let api = try await get(app, "/api/v1/couples/han-so-hee-and-song-kang")
            #expect(api.status == .movedPermanently)
            #expect(api.headers.first(name: .location) == "/api/v1/couples/song-kang-and-han-so-hee")
            try await slugs.rename(.tag, from: "nevertheless", to: "nevertheless-2021")
            let tag = try await get(app, "/tags/nevertheless")
            #expect(tag.status == .movedPermanently)
            #expect(tag.headers.first(name: .location) == "/tags/nevertheless-2021")
            try await slugs.rename(.article, from: "blackpink-members-guide", to: "blackpink-explained")
            let article = try await get(app, "/api/v1/articles/blackpink-members-guide")
            #expect(article.headers.first(name: .location) == "/api/v1/articles/blackpink-explained")
        }
    }

    @Test func aDramaAskedForAsAFilmRedirects() async throws {
        try await withApp(demo: true) { app, _ in
            let response = try await get(app, "/films/nevertheless")
            #expect(response.status == .movedPermanently)
            #expect(response.headers.first(name: .location) == "/dramas/nevertheless")
            let api = try await get(app, "/api/v1/films/nevertheless")
            #expect(api.status == .movedPermanently)
            #expect(api.headers.first(name: .location) == "/api/v1/dramas/nevertheless")
        }
    }

    @Test func errorPagesCarryTheSecurityHeaders() async throws {
        try await withApp { app, _ in
            for path in ["/people/nobody", "/api/v1/people/nobody", "/?page=0"] {
                let response = try await get(app, path)
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
            }
            let page = try await get(app, "/people/nobody")
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
        }
    }

    @Test func unsafeAddressesAreRefusedOnWrite() async throws {
        try await withApp { app, _ in
            await #expect {
                _ = try await KnowledgeWriter(database: app.db).add(
                    Organization(id: "", slug: "evil", name: "Evil", kind: .studio, website: "javascript:alert(1)"))
            } throws: { error in
                (error as? StoreError)?.message.contains("http or https") == true
            }
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
            // Sent past `get`, whose check against the API's document would rightly not know
            // this test's own route.
            let api = try await app.testing().sendRequest(.GET, "/api/v1/explode")
            #expect(api.status == .internalServerError)
            #expect(!api.text.contains("hunter2"))
            #expect(try json(APIError.Body.self, api).error.code == "unavailable")
        }
    }

    @Test func healthzIs503WhenTheDatabaseCannotBeReached() async throws {
        try await withUnmigratedApp(.postgres(url: "postgres://nobody:nothing@127.0.0.1:9/none?sslmode=disable")) { app in
            let response = try await get(app, "/healthz")
            #expect(response.status == .serviceUnavailable)
        }
    }

    @Test func anUnopenableDatabaseStopsStartUpNamingDatabaseURL() async throws {
        try await withUnmigratedApp(.sqliteFile(path: "/nonexistent-folder-\(UUID().uuidString)/hallyu.sqlite")) { app in
            await #expect {
                try await app.migrateOrExplain()
            } throws: { error in
                let text = String(describing: error)
                return text.contains("DATABASE_URL") && !text.contains("\n")
            }
        }
    }

    /// A configured app on a database that may not work, without migrating it.
    private func withUnmigratedApp(_ database: DatabaseLocation, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let config = Config(
            database: database, publicURL: URL(string: "http://news.test")!, mediaDirectory: NSTemporaryDirectory(),
            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .critical)
        do {
            try await configure(app, config: config)
            try await body(app)
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
            let stored = try #require(try await Settings(database: app.db).value("secret"))
            #expect(stored.count == 64)
            #expect(SiteSecret(stored).sign("probe") == first.sign("probe"), "the key is made from the stored secret")
            try await app.migrateOrExplain()
            let again = try #require(app.siteSecret)
            #expect(again.sign("probe") == first.sign("probe"), "a restart keeps the stored secret")
        }
    }

    @Test func aMultipartBodyThatWouldCrashTheParserIsRefused() async throws {
        try await withApp(demo: true) { app, backend in
            // A header name with a byte above 127 stops the multipart parser's process; any form
            // target may be sent multipart, so the check stands before every decoder.
            let body = "--XyZ\r\nContent-Dispositioné: form-data; name=\"name\"\r\n\r\nJin\r\n--XyZ--\r\n"
            // The same after a header value holding a line feed alone (found by fuzzing).
            let afterLineFeed = "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\n\r\nÖ: x\r\n\r\nJin\r\n--XyZ--\r\n"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=XyZ")
            for path in ["/admin/login", "/articles/\(demoStory)/comments", "/polls/\(UUID().uuidString)/vote"] {
                for sent in [body, afterLineFeed] {
                    let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: sent))
                    #expect((400..<500).contains(Int(response.status.code)), "\(path) (\(backend))")
                }
            }
            let uploader = try await signedIn(app, as: .writer)
            try await uploader.get("/admin/media")
            var signedIn = headers
            signedIn.add(name: .cookie, value: uploader.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            let upload = try await app.testing().sendRequest(.POST, "/admin/media", headers: signedIn, body: ByteBuffer(string: body))
            #expect((400..<500).contains(Int(upload.status.code)), "refused, not crashed")
            #expect(try await get(app, "/healthz").status == .ok, "the server is still there")
        }
    }

    @Test func aMultipartBoundaryThatWouldCrashTheParserIsRefused() async throws {
        try await withApp(demo: true) { app, backend in
            // An empty boundary stops the multipart parser's process (a precondition), whatever
            // the body; `boundary=` alone in the header is enough.
            let tooLong = String(repeating: "b", count: MultipartBoundary.longest + 1)
            for contentType in ["multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"", "multipart/form-data; boundary=\(tooLong)"] {
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .contentType, value: contentType)
                let analyzed = try await app.testing().sendRequest(.POST, "/api/v1/analyze", headers: headers, body: ByteBuffer(string: "x"))
                #expect(analyzed.status == .badRequest, "\(contentType) (\(backend))")
                #expect(analyzed.body.string.contains("boundary"), "says what is wrong: \(analyzed.body.string.prefix(200))")
                for path in ["/admin/login", "/articles/\(demoStory)/comments"] {
                    let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: "x"))
                    #expect((400..<500).contains(Int(response.status.code)), "\(contentType) to \(path) (\(backend))")
                }
            }
            // The longest boundary the standard allows is read as usual.
            let longest = String(repeating: "b", count: MultipartBoundary.longest)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(longest)")
            let body = "--\(longest)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHan So-hee\r\n--\(longest)--\r\n"
            let analyzed = try await app.testing().sendRequest(.POST, "/api/v1/analyze", headers: headers, body: ByteBuffer(string: body))
            #expect(analyzed.status == .ok, "\(analyzed.body.string.prefix(200))")
            #expect(try await get(app, "/healthz").status == .ok, "the server is still there")
        }
    }
}
