import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Changing one's own password at `/admin/account`: the current one is asked, checked and
/// throttled as at sign-in; every other browser is signed out; the audit log says so.
@Suite struct AccountPasswordTests {
    private static func audit(_ app: Application, _ action: String) async throws -> Int {
        try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 50)).items.filter { $0.action == action }.count
    }

    @Test func aNewPasswordSignsOutEveryOtherBrowser() async throws {
        try await withApp { app, backend in
            let mine = try await signedIn(app, as: .writer, email: "writer@news.test")
            let elsewhere = Browser(app)
            try await elsewhere.get("/admin/login")
            try await elsewhere.post("/admin/login", ["email": "writer@news.test", "password": "correct horse battery"])
            #expect(try await elsewhere.get("/admin/account").status == .ok, "\(backend)")

            let form = try await mine.get("/admin/account")
            #expect(form.status == .ok && form.body.string.contains("Change your password"))
            let before = mine.cookies[SessionCookie.name]

            let missing = try await mine.post("/admin/account/password", ["current": "", "new": "", "repeated": ""])
            #expect(missing.status == .badRequest)
            let differ = try await mine.post(
                "/admin/account/password", ["current": "correct horse battery", "new": "a brand new phrase", "repeated": "a brand new phrasE"])
            #expect(differ.status == .badRequest && differ.body.string.contains("differ"))
            let short = try await mine.post("/admin/account/password", ["current": "correct horse battery", "new": "short", "repeated": "short"])
            #expect(short.status == .badRequest && short.body.string.contains("at least 10 characters"))
            let wrong = try await mine.post(
                "/admin/account/password", ["current": "not my password", "new": "a brand new phrase", "repeated": "a brand new phrase"])
            #expect(wrong.status == .forbidden && wrong.body.string.contains("not your current password"), "\(backend)")
            #expect(try await Self.audit(app, "password change refused") == 1)

            let changed = try await mine.post(
                "/admin/account/password", ["current": "correct horse battery", "new": "a brand new phrase", "repeated": "a brand new phrase"])
            #expect(changed.status == .seeOther && changed.headers.first(name: .location) == "/admin/account?done=password", "\(backend)")
            #expect(mine.cookies[SessionCookie.name] != nil && mine.cookies[SessionCookie.name] != before, "a new session in this browser")
            let after = try await mine.get("/admin/account?done=password")
            #expect(after.status == .ok && after.body.string.contains("Your password has been changed"))
            let signedOut = try await elsewhere.get("/admin/account")
            #expect(signedOut.status == .seeOther, "the other browser is signed out (\(backend))")
            #expect(try await Self.audit(app, "changed password") == 1)

            let old = Browser(app)
            try await old.get("/admin/login")
            #expect(try await old.post("/admin/login", ["email": "writer@news.test", "password": "correct horse battery"]).status == .unauthorized)
            #expect(try await old.post("/admin/login", ["email": "writer@news.test", "password": "a brand new phrase"]).status == .seeOther)
        }
    }

    @Test func guessingTheCurrentPasswordIsThrottledAsSignInsAre() async throws {
        try await withApp { app, backend in
            let browser = try await signedIn(app, as: .editor, email: "editor@news.test")
            try await browser.get("/admin/account")
            let guess = ["current": "a wrong guess", "new": "a brand new phrase", "repeated": "a brand new phrase"]
            for _ in 0..<LoginGate.throttle.limit {
                #expect(try await browser.post("/admin/account/password", guess).status == .forbidden)
            }
            let throttled = try await browser.post("/admin/account/password", guess)
            #expect(throttled.status == .tooManyRequests, "\(backend)")
            #expect(throttled.headers.first(name: .retryAfter) != nil)
            // Even the right password waits until the window has passed.
            let right = ["current": "correct horse battery", "new": "a brand new phrase", "repeated": "a brand new phrase"]
            #expect(try await browser.post("/admin/account/password", right).status == .tooManyRequests)
        }
    }
}
