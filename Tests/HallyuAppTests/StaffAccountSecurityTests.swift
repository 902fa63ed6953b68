import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Running staff accounts for real: reset links, disabling, sessions with idle and absolute
/// lifetimes, rotation on role changes.
@Suite struct StaffAccountSecurityTests {
    static func audited(_ app: Application, _ action: String) async throws -> [AuditEntry] {
        try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 100)).items.filter { $0.action == action }
    }

    static func signIn(
        _ app: Application, _ email: String, password: String = "correct horse battery", agent: String? = nil
    ) async throws
        -> (Browser, TestingHTTPResponse)
    {
        let browser = Browser(app)
        browser.userAgent = agent
        try await browser.get("/admin/login")
        let response = try await browser.post("/admin/login", ["email": email, "password": password])
        return (browser, response)
    }

    /// The token in the reset link a page shows.
    static func resetToken(in page: String) throws -> String {
        let range = try #require(page.range(of: #"/admin/reset/[A-Za-z0-9_-]+"#, options: .regularExpression))
        return String(page[range].dropFirst("/admin/reset/".count))
    }

    @Test func aResetLinkWorksOnceWithinTheHour() async throws {
        try await withApp { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let admin = try await signedIn(app, as: .admin)
            let writer = try await addAccount(app, email: "writer@news.test", role: .writer)
            let (writerBrowser, _) = try await Self.signIn(app, "writer@news.test")
            try await admin.get("/admin/users")
            let made = try await admin.post("/admin/users/\(writer.id)/reset-link", [:])
            #expect(made.status == .ok && made.text.contains("good once within the hour"), "\(backend)")
            let token = try Self.resetToken(in: made.text)
            #expect(made.text.contains("http://news.test/admin/reset/\(token)"), "the whole address, to pass on")

            let stranger = Browser(app)
            let form = try await stranger.get("/admin/reset/\(token)")
            #expect(form.status == .ok && form.text.contains("writer@news.test"), "\(backend)")
            #expect(form.headers.first(name: "Referrer-Policy") == "no-referrer")
            let differ = try await stranger.post("/admin/reset/\(token)", ["new": "a whole new phrase", "repeated": "a whole new phrasE"])
            #expect(differ.status == .badRequest && differ.text.contains("differ"))
            let short = try await stranger.post("/admin/reset/\(token)", ["new": "short", "repeated": "short"])
            #expect(short.status == .badRequest)
            let done = try await stranger.post("/admin/reset/\(token)", ["new": "a whole new phrase", "repeated": "a whole new phrase"])
            #expect(done.status == .seeOther && done.headers.first(name: .location) == "/admin/login?reset=done", "\(backend)")
            #expect(try await stranger.get("/admin/login?reset=done").text.contains("Your new password is set"))
            #expect(try await writerBrowser.get("/admin").status == .seeOther, "the account's sessions ended (\(backend))")
            #expect(try await Self.signIn(app, "writer@news.test").1.status == .unauthorized, "the old password no longer works")
            #expect(try await Self.signIn(app, "writer@news.test", password: "a whole new phrase").1.status == .seeOther)

            // Used once: a second use is gone, and the audit log says who tried.
            #expect(try await stranger.get("/admin/reset/\(token)").status == .gone)
            try await stranger.get("/admin/login")
            let again = try await stranger.post("/admin/reset/\(token)", ["new": "yet another phrase", "repeated": "yet another phrase"])
            #expect(again.status == .gone && again.text.contains("used already"), "\(backend)")
            #expect(try await Self.audited(app, "reset link refused").map(\.summary) == ["used already"])

            // An hour later a new link is gone too.
            try await admin.get("/admin/users")
            let late = try Self.resetToken(in: try await admin.post("/admin/users/\(writer.id)/reset-link", [:]).text)
            clock.move(by: PasswordResets.lifetime + 1)
            let expired = try await stranger.get("/admin/reset/\(late)")
            #expect(expired.status == .gone && expired.text.contains("run out"), "\(backend)")
            #expect(try await stranger.get("/admin/reset/not-a-link").status == .notFound)
            #expect(try await Self.audited(app, "made reset link").count == 2)
            #expect(try await Self.audited(app, "reset password by link").count == 1)
        }
    }

    @Test func aNewLinkReplacesTheUnusedOne() async throws {
        try await withApp { app, _ in
            let admin = try await signedIn(app, as: .admin)
            let writer = try await addAccount(app, email: "writer@news.test", role: .writer)
            try await admin.get("/admin/users")
            let first = try Self.resetToken(in: try await admin.post("/admin/users/\(writer.id)/reset-link", [:]).text)
            let second = try Self.resetToken(in: try await admin.post("/admin/users/\(writer.id)/reset-link", [:]).text)
            #expect(try await Browser(app).get("/admin/reset/\(first)").status == .notFound)
            #expect(try await Browser(app).get("/admin/reset/\(second)").status == .ok)
        }
    }

    @Test func theResetLinkCommandMakesALinkForTheAccount() async throws {
        try await withApp { app, _ in
            let writer = try await addAccount(app, email: "writer@news.test", role: .writer)
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["hallyu", "reset-link", "Writer@News.test"]))
            context.application = app
            try await UserCommand().run(using: &context)
            let entry = try #require(try await Self.audited(app, "made reset link").first)
            #expect(entry.userName.isEmpty || entry.userName.contains("command") || entry.itemID == writer.id)
            #expect(entry.itemID == writer.id)
            var unknown = CommandContext(console: Terminal(), input: CommandInput(arguments: ["hallyu", "reset-link", "nobody@news.test"]))
            unknown.application = app
            await #expect(throws: StartupError.self) { try await UserCommand().run(using: &unknown) }
        }
    }

    @Test func disablingEndsSessionsAndTokensAtOnce() async throws {
        try await withApp { app, backend in
            let admin = try await signedIn(app, as: .admin)
            let token = try await apiToken(app, role: .writer, email: "writer@news.test")
            let writer = try #require(try await Accounts(database: app.db).credentials(email: "writer@news.test")).user
            let (writerBrowser, _) = try await Self.signIn(app, "writer@news.test")
            #expect(try await writerBrowser.get("/admin").status == .ok)

            try await admin.get("/admin/users")
            let disabled = try await admin.post("/admin/users/\(writer.id)/disable", [:])
            #expect(disabled.status == .ok && disabled.text.contains("disabled"), "\(backend)")
            // The session and token ended; a request still carrying one is told why, its cookie
            // goes, and the attempt is logged against the account (once, not per request).
            let oldSession = try await writerBrowser.get("/admin")
            #expect(oldSession.status == .forbidden && oldSession.text.contains("disabled"), "the session ended (\(backend))")
            #expect(try await writerBrowser.get("/admin").status == .seeOther, "the cookie went with it (\(backend))")
            func withOldToken() async throws -> TestingHTTPResponse {
                try await app.testing().sendRequest(.GET, "/api/v1/auth/tokens", headers: ["Authorization": "Bearer \(token)"])
            }
            let refused = try await withOldToken()
            #expect(refused.status == .forbidden && refused.text.contains("disabled"), "the token ended (\(backend))")
            #expect(try await withOldToken().status == .forbidden)
            for action in ["refused a disabled account's session", "refused a disabled account's token"] {
                let entries = try await Self.audited(app, action)
                #expect(entries.count == 1, "\(action): \(entries.count) (\(backend))")
                #expect(entries.first?.itemID == writer.id && entries.first?.userName == writer.name)
            }
            let signIn = try await Self.signIn(app, "writer@news.test").1
            #expect(signIn.status == .forbidden && signIn.text.contains("disabled"), "\(backend)")
            #expect(try await Self.audited(app, "sign-in refused").count == 1)
            let entry = try #require(try await Self.audited(app, "disabled account").first)
            #expect(entry.summary.hasSuffix("ended 1 session and 1 token"), "\(entry.summary)")
            let tokenRequest = try await app.testing().sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { try $0.content.encode(["email": "writer@news.test", "password": "correct horse battery", "name": "again"]) })
            #expect(tokenRequest.status == .forbidden)

            let me = try #require(try await Accounts(database: app.db).credentials(email: "admin@news.test")).user
            #expect(try await admin.post("/admin/users/\(me.id)/disable", [:]).status == .conflict, "not oneself")
            #expect(try await admin.post("/admin/users/\(writer.id)/reset-link", [:]).status == .conflict, "no link for a disabled account")

            #expect(try await admin.post("/admin/users/\(writer.id)/enable", [:]).status == .ok)
            #expect(try await Self.signIn(app, "writer@news.test").1.status == .seeOther, "enabled again (\(backend))")
            #expect(try await Self.audited(app, "enabled account").count == 1)
            #expect(try await withOldToken().status == .forbidden, "enabling does not bring the token back")
            // Once it would have run out anyway, the ended token is forgotten, and a stranger's.
            try await Sessions(database: app.db).deleteExpired(now: Date().addingTimeInterval(EndedCredentials.tokenMemory + 60))
            #expect(try await withOldToken().status == .unauthorized)
        }
    }

    @Test func aRoleChangeSignsTheAccountOutEverywhere() async throws {
        try await withApp { app, backend in
            let admin = try await signedIn(app, as: .admin)
            let writer = try await addAccount(app, email: "writer@news.test", role: .writer)
            let (writerBrowser, _) = try await Self.signIn(app, "writer@news.test")
            try await admin.get("/admin/users")
            // The role it has already: nothing changes, nobody is signed out, nothing is logged.
            let same = try await admin.post("/admin/users/\(writer.id)/role", ["role": "writer"])
            #expect(same.status == .ok && same.body.string.contains("is a writer already"))
            #expect(try await writerBrowser.get("/admin").status == .ok, "still signed in (\(backend))")
            #expect(try await Self.audited(app, "changed role").isEmpty)
            #expect(try await admin.post("/admin/users/\(writer.id)/role", ["role": "editor"]).status == .ok)
            #expect(try await writerBrowser.get("/admin").status == .seeOther, "signs in again to get the new role (\(backend))")
            let (again, _) = try await Self.signIn(app, "writer@news.test")
            #expect(try await again.get("/admin/kb/people").status == .ok, "now an editor")
            #expect(try await admin.get("/admin/users").status == .ok, "the admin who made the change stays signed in")
        }
    }

    @Test func sessionsAreListedAndEndedFromTheAccountPage() async throws {
        try await withApp { app, backend in
            try await addAccount(app, email: "writer@news.test", role: .writer)
            let (laptop, _) = try await Self.signIn(
                app, "writer@news.test", agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:121.0) Gecko/20100101 Firefox/121.0")
            let (phone, _) = try await Self.signIn(
                app, "writer@news.test",
                agent:
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
            )
            let (tablet, _) = try await Self.signIn(app, "writer@news.test", agent: "curl/8.5.0")
            let page = try await laptop.get("/admin/account")
            #expect(page.text.contains("Firefox on macOS") && page.text.contains("Safari on iPhone") && page.text.contains("curl"), "\(backend)")
            #expect(page.text.components(separatedBy: "this browser").count == 2, "one is this browser")

            let other = try await signedIn(app, as: .editor, email: "editor@news.test")
            let writerID = try #require(try await Accounts(database: app.db).credentials(email: "writer@news.test")).user.id
            let listed = try await Sessions(database: app.db).list(userID: writerID, currentTokenHash: nil, now: app.now)
            let tabletID = try #require(listed.first { $0.device == "curl" }?.id)
            try await other.get("/admin/account")
            #expect(try await other.post("/admin/account/sessions/\(tabletID)/end", [:]).status == .notFound, "not another account's")
            #expect(try await laptop.post("/admin/account/sessions/\(tabletID)/end", [:]).status == .seeOther)
            #expect(try await tablet.get("/admin").status == .seeOther, "that browser is signed out (\(backend))")
            #expect(try await phone.get("/admin").status == .ok)

            try await laptop.get("/admin/account")
            let ended = try await laptop.post("/admin/account/sessions/others/end", [:])
            #expect(ended.status == .seeOther && ended.headers.first(name: .location) == "/admin/account?done=others")
            #expect(try await phone.get("/admin").status == .seeOther, "signed out elsewhere (\(backend))")
            #expect(try await laptop.get("/admin").status == .ok, "but not here")
            #expect(try await Self.audited(app, "signed out elsewhere").first?.summary == "1 other session ended")
        }
    }

    @Test func anIdleSessionEndsAndAnActiveOneLastsUntilItsEnd() async throws {
        try await withApp { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            try await addAccount(app, email: "writer@news.test", role: .writer)
            let (idle, _) = try await Self.signIn(app, "writer@news.test")
            let (busy, _) = try await Self.signIn(app, "writer@news.test")
            var elapsed: TimeInterval = 0
            while elapsed + 86_400 < SessionLifetime.absolute {
                clock.move(by: 86_400)
                elapsed += 86_400
                #expect(try await busy.get("/admin").status == .ok, "seen daily, day \(Int(elapsed / 86_400)) (\(backend))")
            }
            #expect(try await idle.get("/admin").status == .seeOther, "unseen for days (\(backend))")
            clock.move(by: SessionLifetime.absolute - elapsed + 1)
            #expect(try await busy.get("/admin").status == .seeOther, "past the absolute lifetime (\(backend))")
        }
    }

    @Test func signingInReplacesTheSessionTheBrowserHad() async throws {
        try await withApp { app, _ in
            try await addAccount(app, email: "writer@news.test", role: .writer)
            let (browser, _) = try await Self.signIn(app, "writer@news.test")
            let first = try #require(browser.cookies[SessionCookie.name])
            try await browser.get("/admin/account")  // a form's token, as this browser now has it
            let again = try await browser.post("/admin/login", ["email": "writer@news.test", "password": "correct horse battery"])
            #expect(again.status == .seeOther)
            let second = try #require(browser.cookies[SessionCookie.name])
            #expect(first != second)
            let planted = Browser(app)
            planted.cookies[SessionCookie.name] = first
            #expect(try await planted.get("/admin").status == .seeOther, "the old token signs no one in")
        }
    }
}
