import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// `/admin/redirects`: editors add, change, delete and import redirects; readers are sent on.
@Suite("Redirects in the newsroom")
struct RedirectsPageTests {
    @Test func editorsAddChangeAndDeleteRedirectsThatReadersFollow() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor)
            try await editor.get("/admin/redirects")
            let added = try await editor.post(
                "/admin/redirects", ["from": "https://old.example/2021/03/05/Han-So-Hee-Interview/", "to": "/people/han-so-hee", "status": "301"])
            #expect(added.status == .seeOther, "\(backend)")
            let followed = try await app.testing().sendRequest(.GET, "/2021/03/05/han-so-hee-interview")
            #expect(followed.status == .movedPermanently, "\(backend)")
            #expect(followed.headers.first(name: .location) == "/people/han-so-hee")

            // The list shows it with its hit; a search finds it.
            let list = try await editor.get("/admin/redirects?q=interview")
            #expect(list.text.contains("/2021/03/05/han-so-hee-interview") && list.text.contains("/people/han-so-hee"), "\(backend)")
            #expect(list.text.contains("Hits </span>1</td>"), "one hit (\(backend))")
            #expect(try await editor.get("/admin/redirects?q=nothing-like-it").text.contains("No redirect matches."))

            // Changed to 410: gone.
            let entry = try #require(try await Redirects(database: app.db).find(path: "/2021/03/05/han-so-hee-interview"))
            try await editor.get("/admin/redirects/\(entry.id)")
            let changed = try await editor.post("/admin/redirects/\(entry.id)", ["from": entry.path, "to": "", "status": "410"])
            #expect(changed.status == .seeOther, "\(backend)")
            #expect(try await app.testing().sendRequest(.GET, "/2021/03/05/han-so-hee-interview").status == .gone)

            // A page the site has cannot be hidden; a refusal keeps what was typed.
            try await editor.get("/admin/redirects")
            let homePage = try await editor.post("/admin/redirects", ["from": "/", "to": "/articles/x", "status": "301"])
            #expect(homePage.status == .badRequest)
            #expect(homePage.text.contains("The home page cannot be redirected."))
            let script = try await editor.post("/admin/redirects", ["from": "/old", "to": "javascript:alert(1)", "status": "301"])
            #expect(script.status == .badRequest)
            #expect(script.text.contains("value=\"javascript:alert(1)\""), "the form keeps what was typed (\(backend))")
            let taken = try await editor.post("/admin/redirects", ["from": "/2021/03/05/han-so-hee-interview/", "to": "/x", "status": "301"])
            #expect(taken.status == .conflict, "\(backend)")
            let odd = try await editor.post("/admin/redirects", ["from": "/a", "to": "/b", "status": "307"])
            #expect(odd.status == .badRequest && odd.text.contains("use 301, 302 or 410"))

            try await editor.get("/admin/redirects/\(entry.id)")
            let deleted = try await editor.post("/admin/redirects/\(entry.id)/delete", [:])
            #expect(deleted.status == .seeOther, "\(backend)")
            #expect(try await app.testing().sendRequest(.GET, "/2021/03/05/han-so-hee-interview").status == .notFound)
            try await editor.get("/admin/redirects")
            #expect(try await editor.post("/admin/redirects/\(entry.id)/delete", [:]).status == .notFound)
            let actions = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 20)).items.map(\.action)
            #expect(actions.contains("added redirect") && actions.contains("changed redirect") && actions.contains("deleted redirect"))
        }
    }

    @Test func aCSVImportIsAllOrNothing() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .admin)
            try await editor.get("/admin/redirects")
            let broken = "from,to,status\n/one/,/articles/a\n/two/,/articles/b,999\n/three/\n"
            let refused = try await editor.post("/admin/redirects/import", ["csv": broken])
            #expect(refused.status == .badRequest, "\(backend)")
            #expect(refused.text.contains("line 3: &quot;999&quot; is not a redirect status"))
            #expect(refused.text.contains("line 4: Give where the old address should lead"))
            #expect(refused.text.contains("/two/,/articles/b,999"), "the paste is kept (\(backend))")
            #expect(try await Redirects(database: app.db).count() == 0, "nothing half-imported (\(backend))")

            let csv = "/one/,/articles/a\n\"/two,2/\",https://elsewhere.example/b,302\n/gone/,,410\n"
            let imported = try await editor.post("/admin/redirects/import", ["csv": csv])
            #expect(imported.status == .seeOther, "\(backend)")
            let list = try await editor.get(try #require(imported.headers.first(name: .location)))
            #expect(list.text.contains("Imported: 3 added, 0 changed."), "\(backend)")
            let temporary = try await app.testing().sendRequest(.GET, "/two,2")
            #expect(temporary.status == .found && temporary.headers.first(name: .location) == "https://elsewhere.example/b")
            let again = try await editor.post("/admin/redirects/import", ["csv": "/one/,/articles/c\n"])
            #expect(again.status == .seeOther)
            #expect(try await editor.get(try #require(again.headers.first(name: .location))).text.contains("Imported: 0 added, 1 changed."))
        }
    }

    @Test func writersCannotSeeOrChangeRedirects() async throws {
        try await withApp { app, _ in
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/redirects").status == .forbidden)
            #expect(try await writer.post("/admin/redirects", ["from": "/a", "to": "/b"]).status == .forbidden)
        }
    }
}
