import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Two-factor sign-in: RFC 6238 codes, set up with a QR code the site draws, each code taken
/// once, recovery codes, the throttle on wrong codes, and the setting that requires it.
@Suite struct TwoFactorSignInTests {
    @Test func codesMatchRFC6238() throws {
        // RFC 6238 appendix B, HMAC-SHA-1 with the secret "12345678901234567890", eight digits.
        let codes = try #require(TwoFactorCodes.oneTimeCode(secret: Base32.encode(Array("12345678901234567890".utf8))))
        let table: [(TimeInterval, String)] = [
            (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
        ]
        for (time, code) in table {
            #expect(codes.code(step: OneTimeCode.step(at: Date(timeIntervalSince1970: time)), digits: 8) == code, "\(time)")
        }
    }

    /// The secret the set-up page shows, without its spaces.
    static func secret(in page: String) throws -> String {
        let range = try #require(page.range(of: #"<code class="secret">[A-Z2-7 ]+</code>"#, options: .regularExpression))
        return String(page[range]).replacingOccurrences(of: #"<[^>]+>| "#, with: "", options: .regularExpression)
    }

    static func code(_ secret: String, _ app: Application) throws -> String {
        try #require(TwoFactorCodes.oneTimeCode(secret: secret)).code(step: OneTimeCode.step(at: app.now))
    }

    /// Turns two-factor sign-in on for the browser's account; its secret and recovery codes.
    static func turnOn(_ browser: Browser, _ app: Application) async throws -> (secret: String, recovery: [String]) {
        try await browser.get("/admin/account/two-factor")
        #expect(try await browser.post("/admin/account/two-factor/start", [:]).status == .seeOther)
        let page = try await browser.get("/admin/account/two-factor")
        #expect(page.text.contains("<svg") && page.text.contains("<path"), "the QR code is drawn on the page")
        let secret = try Self.secret(in: page.text)
        #expect(Base32.decode(secret)?.count == OneTimeCode.secretLength)
        let wrong = try await browser.post("/admin/account/two-factor/confirm", ["code": "000000"])
        #expect(wrong.status == .badRequest || wrong.status == .ok)
        let done = try await browser.post("/admin/account/two-factor/confirm", ["code": try Self.code(secret, app)])
        #expect(done.status == .ok && done.text.contains("Your recovery codes"))
        let recovery = done.text.matches(of: /<li><code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})<\/code><\/li>/).map { String($0.1) }
        #expect(recovery.count == RecoveryCode.count && Set(recovery).count == RecoveryCode.count)
        return (secret, recovery)
    }

    static func signInWithPassword(_ app: Application, _ email: String) async throws -> (Browser, TestingHTTPResponse) {
        let browser = Browser(app)
        try await browser.get("/admin/login")
        return (browser, try await browser.post("/admin/login", ["email": email, "password": "correct horse battery", "next": "/admin/articles"]))
    }

    @Test func signingInAsksForACodeThatWorksOnce() async throws {
        try await withApp { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let writer = try await signedIn(app, as: .writer)
            let (secret, recovery) = try await Self.turnOn(writer, app)
            #expect(try await writer.get("/admin").status == .ok, "the browser that turned it on stays signed in (\(backend))")
            #expect(try await StaffAccountSecurityTests.audited(app, "turned on two-factor sign-in").count == 1)

            clock.move(by: 60)
            let (browser, password) = try await Self.signInWithPassword(app, "writer@news.test")
            #expect(
                password.status == .seeOther && password.headers.first(name: .location) == "/admin/login/code?next=%2Fadmin%2Farticles", "\(backend)")
            #expect(try await browser.get("/admin").status == .seeOther, "a password alone signs no one in")
            let form = try await browser.get("/admin/login/code?next=%2Fadmin%2Farticles")
            #expect(form.status == .ok && form.text.contains("autocomplete=\"one-time-code\""))
            let wrong = try await browser.post("/admin/login/code", ["code": "123456", "next": "/admin/articles"])
            #expect(wrong.status == .unauthorized)
            let code = try Self.code(secret, app)
            let right = try await browser.post("/admin/login/code", ["code": code, "next": "/admin/articles"])
            #expect(right.status == .seeOther && right.headers.first(name: .location) == "/admin/articles", "\(backend)")
            #expect(try await browser.get("/admin").status == .ok)

            // The same code again, in another browser a moment later: a replay.
            let (replay, _) = try await Self.signInWithPassword(app, "writer@news.test")
            try await replay.get("/admin/login/code")
            #expect(try await replay.post("/admin/login/code", ["code": code]).status == .unauthorized, "\(backend)")
            #expect(try await StaffAccountSecurityTests.audited(app, "one-time code refused").count == 2)

            // A recovery code, typed in capitals with spaces, works once.
            let typed = recovery[3].uppercased().replacingOccurrences(of: "-", with: " ")
            #expect(try await replay.post("/admin/login/code", ["code": typed]).status == .seeOther)
            #expect(try await StaffAccountSecurityTests.audited(app, "used recovery code").first?.summary == "9 left")
            let (again, _) = try await Self.signInWithPassword(app, "writer@news.test")
            try await again.get("/admin/login/code")
            #expect(try await again.post("/admin/login/code", ["code": recovery[3]]).status == .unauthorized, "used up (\(backend))")

            // The code step lasts minutes: an old half-finished sign-in has to start again.
            clock.move(by: SessionLifetime.awaitingCode + 1)
            let late = try await again.post("/admin/login/code", ["code": try Self.code(secret, app)])
            #expect(late.status == .unauthorized && late.text.contains("took too long"))
        }
    }

    @Test func wrongCodesAreThrottledLikePasswords() async throws {
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            let (secret, _) = try await Self.turnOn(writer, app)
            let (browser, _) = try await Self.signInWithPassword(app, "writer@news.test")
            try await browser.get("/admin/login/code")
            for attempt in 0..<LoginGate.throttle.limit {
                #expect(try await browser.post("/admin/login/code", ["code": String(format: "%06d", attempt)]).status == .unauthorized)
            }
            let throttled = try await browser.post("/admin/login/code", ["code": try Self.code(secret, app)])
            #expect(throttled.status == .tooManyRequests && throttled.headers.first(name: .retryAfter) != nil, "\(backend)")
        }
    }

    @Test func theAPITokenAsksForTheCodeToo() async throws {
        try await withApp { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let writer = try await signedIn(app, as: .writer)
            let (secret, _) = try await Self.turnOn(writer, app)
            clock.move(by: 30)
            func request(_ body: [String: String]) async throws -> TestingHTTPResponse {
                try await app.testing().sendRequest(.POST, "/api/v1/auth/tokens", beforeRequest: { try $0.content.encode(body, as: .json) })
            }
            let base = ["email": "writer@news.test", "password": "correct horse battery", "name": "script"]
            #expect(try await request(base).status == .unauthorized, "\(backend)")
            #expect(try await request(base.merging(["code": "000000"]) { $1 }).status == .unauthorized)
            #expect(try await request(base.merging(["code": try Self.code(secret, app)]) { $1 }).status == .created, "\(backend)")
        }
    }

    @Test func turningItOffOrNewCodesAskForACode() async throws {
        try await withApp { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let writer = try await signedIn(app, as: .writer)
            let (secret, old) = try await Self.turnOn(writer, app)
            clock.move(by: 30)
            try await writer.get("/admin/account/two-factor")
            #expect(try await writer.post("/admin/account/two-factor/recovery-codes", ["code": "000000"]).status == .forbidden)
            let fresh = try await writer.post("/admin/account/two-factor/recovery-codes", ["code": try Self.code(secret, app)])
            #expect(fresh.status == .ok && fresh.text.contains("Your recovery codes"), "\(backend)")
            #expect(!fresh.text.contains(old[0]), "new ones")
            clock.move(by: 30)
            #expect(try await writer.post("/admin/account/two-factor/off", ["code": old[0]]).status == .forbidden, "the old codes are void")
            #expect(try await writer.post("/admin/account/two-factor/off", ["code": try Self.code(secret, app)]).status == .seeOther)
            #expect(try await Self.signInWithPassword(app, "writer@news.test").1.headers.first(name: .location) == "/admin/articles")
        }
    }

    @Test func aSiteCanRequireItForEditorsAndAdmins() async throws {
        try await withApp { app, backend in
            let admin = try await signedIn(app, as: .admin)
            let editor = try await signedIn(app, as: .editor)
            let writer = try await signedIn(app, as: .writer)
            try await admin.get("/admin/users")
            let first = try await admin.post("/admin/users/two-factor-requirement", ["required": "on"])
            #expect(first.status == .conflict && first.text.contains("your own account first"), "\(backend)")
            _ = try await Self.turnOn(admin, app)
            try await admin.get("/admin/users")
            let set = try await admin.post("/admin/users/two-factor-requirement", ["required": "on"])
            #expect(set.status == .ok && set.text.contains("must now sign in with a one-time code"), "\(backend)")
            #expect(try await StaffAccountSecurityTests.audited(app, "required two-factor sign-in").count == 1)

            let sent = try await editor.get("/admin/articles")
            #expect(sent.status == .seeOther && sent.headers.first(name: .location) == "/admin/account/two-factor?done=required", "\(backend)")
            #expect(try await editor.get("/admin/account").status == .ok, "their own account stays open")
            #expect(try await editor.post("/admin/articles/new", ["title": "x"]).status == .forbidden)
            #expect(try await writer.get("/admin/articles").status == .ok, "writers are not asked")
            let token = try await app.testing().sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { try $0.content.encode(["email": "editor@news.test", "password": "correct horse battery", "name": "x"], as: .json) })
            #expect(token.status == .forbidden)

            let (secret, _) = try await Self.turnOn(editor, app)
            #expect(try await editor.get("/admin/articles").status == .ok, "set up: the newsroom opens (\(backend))")
            try await editor.get("/admin/account/two-factor")
            #expect(try await editor.post("/admin/account/two-factor/off", ["code": try Self.code(secret, app)]).status == .conflict)

            // Not their own from the accounts page: that asks for a code, on the account page.
            let adminID = try #require(try await Accounts(database: app.db).credentials(email: "admin@news.test")).user.id
            try await admin.get("/admin/users")
            #expect(try await admin.post("/admin/users/\(adminID)/two-factor/off", [:]).status == .conflict)
            #expect(try await TwoFactorSecrets(database: app.db).state(userID: adminID).isOn)
            // An admin helps someone who lost their phone and codes.
            let editorID = try #require(try await Accounts(database: app.db).credentials(email: "editor@news.test")).user.id
            try await admin.get("/admin/users")
            #expect(try await admin.post("/admin/users/\(editorID)/two-factor/off", [:]).status == .ok)
            #expect(try await editor.get("/admin").status == .seeOther, "signed out, to set it up again")
            #expect(try await admin.get("/admin/articles").status == .ok, "an admin with it on goes on")
        }
    }
}
