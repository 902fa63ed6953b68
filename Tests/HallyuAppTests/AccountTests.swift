import Fluent
import Foundation
import HallyuCore
import HallyuStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Accounts, sessions and tokens")
struct AccountTests {
    @Test func anonymousVisitorsAreSentToSignIn() async throws {
        try await withApp { app, backend in
            for path in ["/admin", "/admin/tokens", "/admin/audit"] {
                let response = try await get(app, path)
                #expect(response.status == .seeOther, "\(path) (\(backend))")
                #expect(response.headers.first(name: .location) == "/admin/login?next=\(path.replacingOccurrences(of: "/", with: "%2F"))")
            }
            let post = try await Browser(app).post("/admin/tokens", ["name": "x"])
            #expect(post.status == .seeOther, "an anonymous form post goes to sign-in too")
            let api = try await get(app, "/api/v1/auth/tokens")
            #expect(api.status == .unauthorized)
            #expect(api.text.contains("\"unauthorized\""))
        }
    }

    @Test func signingInMakesAProtectedSessionKeptOnlyAsAHash() async throws {
        try await withApp { app, backend in
            try await addAccount(app, email: "editor@news.test", role: .editor)
            let browser = Browser(app)
            try await browser.get("/admin/login")
            let response = try await browser.post(
                "/admin/login",
                [
                    "email": "Editor@News.test ", "password": "correct horse battery",
                    "next": "/admin/tokens",
                ])
            #expect(response.status == .seeOther, "\(backend)")
            #expect(response.headers.first(name: .location) == "/admin/tokens")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("hallyu_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"), "no Secure flag on an http site")
            let token = try #require(browser.cookies["hallyu_session"])
            let rows = try await (app.db as! any SQLDatabase).raw("SELECT token_hash FROM sessions").all()
            let stored = try rows.map { try $0.decode(column: "token_hash", as: String.self) }
            #expect(stored == [SecretToken.hash(token)], "the database keeps the hash, never the token")
            let home = try await browser.get("/admin")
            #expect(home.status == .ok)
            #expect(home.text.contains("signed in as an editor") || home.text.contains("signed in as a editor"))
            #expect(home.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test func anHTTPSSiteMarksItsCookiesSecure() async throws {
        try await withApp(adjust: { $0.publicURL = URL(string: "https://news.test")! }) { app, _ in
            try await addAccount(app, email: "writer@news.test", role: .writer)
            let browser = Browser(app)
            try await browser.get("/admin/login")
            let response = try await browser.post("/admin/login", ["email": "writer@news.test", "password": "correct horse battery"])
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("hallyu_session=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func aWrongPasswordKeepsWhatWasTypedAndFiveFailuresWait() async throws {
        try await withApp { app, backend in
            try await addAccount(app, email: "writer@news.test", role: .writer)
            let browser = Browser(app)
            try await browser.get("/admin/login")
            for attempt in 1...5 {
                let wrong = try await browser.post("/admin/login", ["email": "writer@news.test", "password": "wrong password \(attempt)"])
                #expect(wrong.status == .unauthorized, "attempt \(attempt) (\(backend))")
                #expect(wrong.text.contains("value=\"writer@news.test\""), "the form keeps the address")
                #expect(wrong.text.contains("do not match an account"))
            }
            let throttled = try await browser.post("/admin/login", ["email": "writer@news.test", "password": "correct horse battery"])
            #expect(throttled.status == .tooManyRequests, "even the right password waits (\(backend))")
            #expect(throttled.text.contains("Try again in 15 minutes"))
            #expect(throttled.headers.first(name: .retryAfter).flatMap(Int.init).map { (800...900).contains($0) } == true)
            let api = try await app.testing().sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { request in
                    try request.content.encode(["email": "writer@news.test", "password": "correct horse battery", "name": "script"])
                })
            #expect(api.status == .tooManyRequests, "the API shares the throttle")
            #expect(api.headers.first(name: .retryAfter) != nil)
        }
    }

    @Test func failuresCountPerAccountAndPerAddressBehindATrustedProxy() async throws {
        try await withApp(adjust: { $0.trustedProxies = ["127.0.0.1", "::1"] }) { app, backend in
            try await addAccount(app, email: "a@news.test", role: .writer)
            try await addAccount(app, email: "b@news.test", role: .writer)
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            func attempt(_ email: String, _ password: String, from address: String) async throws -> HTTPStatus {
                try await tester.sendRequest(
                    .POST, "/api/v1/auth/tokens", headers: ["X-Forwarded-For": "203.0.113.9, \(address)"],
                    beforeRequest: { request in
                        try request.content.encode(["email": email, "password": password, "name": "script"])
                    }
                ).status
            }
            // Five wrong passwords for one account, each from another address: the account waits.
            for index in 1...5 { _ = try await attempt("a@news.test", "wrong", from: "198.51.100.\(index)") }
            #expect(try await attempt("a@news.test", "correct horse battery", from: "198.51.100.77") == .tooManyRequests, "\(backend)")
            #expect(try await attempt("b@news.test", "correct horse battery", from: "198.51.100.78") == .created)
            // Five failures from one address, over several accounts: the address waits, whatever
            // the left of X-Forwarded-For claims.
            for index in 1...5 { _ = try await attempt("nobody\(index)@news.test", "wrong", from: "192.0.2.1") }
            #expect(try await attempt("b@news.test", "correct horse battery", from: "192.0.2.1") == .tooManyRequests)
        }
    }

    @Test func formsWithoutTheSitesTokenAreRefused() async throws {
        try await withApp { app, backend in
            try await addAccount(app, email: "editor@news.test", role: .editor)
            let stranger = Browser(app)
            let noToken = try await stranger.post("/admin/login", ["email": "editor@news.test", "password": "correct horse battery"])
            #expect(noToken.status == .forbidden, "\(backend)")
            let browser = try await signedIn(app, as: .admin)
            try await browser.get("/admin/tokens")
            let forged = try await browser.post("/admin/tokens", ["name": "forged", "_csrf": "forged-token"])
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("did not come from this site"))
            let userID = try #require(try await browser.userID)
            let tokens = try await APITokens(database: app.db).list(userID: userID)
            #expect(tokens.isEmpty, "nothing was made")
        }
    }

    @Test func signingOutEndsTheSessionEverywhere() async throws {
        try await withApp { app, backend in
            let browser = try await signedIn(app, as: .writer)
            let token = try #require(browser.cookies["hallyu_session"])
            try await browser.get("/admin")
            let out = try await browser.post("/admin/logout", [:])
            #expect(out.status == .seeOther, "\(backend)")
            #expect(browser.cookies["hallyu_session"] == nil, "the cookie is cleared")
            let replay = try await get(app, "/admin", headers: ["Cookie": "hallyu_session=\(token)"])
            #expect(replay.status == .seeOther, "a copied cookie no longer works")
        }
    }

    @Test func onlyAdminsReadTheAuditLog() async throws {
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/audit").status == .forbidden, "\(backend)")
            let editor = try await signedIn(app, as: .editor)
            #expect(try await editor.get("/admin/audit").status == .forbidden)
            let admin = try await signedIn(app, as: .admin)
            let log = try await admin.get("/admin/audit")
            #expect(log.status == .ok)
            #expect(log.text.contains("signed in"))
            #expect(log.text.contains("Writer wri"), "the writer's sign-in is there")
            let home = try await writer.get("/admin")
            #expect(!home.text.contains("href=\"/admin/audit\""), "the menu leaves out what the role cannot open")
        }
    }

    @Test func tokensAreMadeShownOnceUsedAndRevoked() async throws {
        try await withApp { app, backend in
            try await addAccount(app, email: "editor@news.test", role: .editor)
            let tester = try app.testing()
            let wrong = try await tester.sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { request in
                    try request.content.encode(["email": "editor@news.test", "password": "nope", "name": "script"])
                })
            #expect(wrong.status == .unauthorized, "\(backend)")
            let unnamed = try await tester.sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { request in
                    try request.content.encode(["email": "editor@news.test", "password": "correct horse battery"])
                })
            #expect(unnamed.status == .badRequest)
            let made = try await tester.sendRequest(
                .POST, "/api/v1/auth/tokens",
                beforeRequest: { request in
                    try request.content.encode(["email": "editor@news.test", "password": "correct horse battery", "name": "import script"])
                })
            #expect(made.status == .created)
            let created = try json(TokenAPIController.CreatedDTO.self, made)
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(created.token)"]
            let list = try await tester.sendRequest(.GET, "/api/v1/auth/tokens", headers: bearer)
            #expect(list.status == .ok)
            #expect(list.text.contains("import script"))
            #expect(!list.text.contains(created.token), "the token is never shown again")
            let rows = try await (app.db as! any SQLDatabase).raw("SELECT token_hash FROM api_tokens").all()
            #expect(try rows.map { try $0.decode(column: "token_hash", as: String.self) } == [SecretToken.hash(created.token)])
            let bad = try await tester.sendRequest(.GET, "/api/v1/auth/tokens", headers: ["Authorization": "Bearer nonsense"])
            #expect(bad.status == .unauthorized)
            let revoked = try await tester.sendRequest(.DELETE, "/api/v1/auth/tokens/\(created.id)", headers: bearer)
            #expect(revoked.status == .noContent)
            let after = try await tester.sendRequest(.GET, "/api/v1/auth/tokens", headers: bearer)
            #expect(after.status == .unauthorized, "a revoked token opens nothing")
        }
    }

    @Test func theTokenPageShowsANewTokenOnceAndRevokesIt() async throws {
        try await withApp { app, backend in
            let browser = try await signedIn(app, as: .writer)
            try await browser.get("/admin/tokens")
            let empty = try await browser.post("/admin/tokens", ["name": "   "])
            #expect(empty.status == .badRequest, "\(backend)")
            #expect(empty.text.contains("Give the token a name"))
            let made = try await browser.post("/admin/tokens", ["name": "Laptop"])
            #expect(made.status == .created)
            #expect(made.text.contains("will not be shown again"))
            let list = try await browser.get("/admin/tokens")
            #expect(list.text.contains("Laptop"))
            #expect(!list.text.contains("will not be shown again"))
            let userID = try #require(try await browser.userID)
            let id = try #require(try await APITokens(database: app.db).list(userID: userID).first?.id)
            let revoked = try await browser.post("/admin/tokens/\(id)/revoke", [:])
            #expect(revoked.status == .seeOther)
            let tokens = try await APITokens(database: app.db).list(userID: userID)
            #expect(tokens.isEmpty)
        }
    }

    @Test func adminsAddAccountsAndChangeRolesButKeepAnAdmin() async throws {
        try await withApp { app, backend in
            let editor = try await signedIn(app, as: .editor)
            #expect(try await editor.get("/admin/users").status == .forbidden, "\(backend)")
            let admin = try await signedIn(app, as: .admin)
            try await admin.get("/admin/users")
            let bad = try await admin.post(
                "/admin/users",
                [
                    "name": "Park Ji-hoon", "email": "park@news.test", "role": "writer",
                    "password": "short",
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("value=\"Park Ji-hoon\""), "the form keeps the name")
            #expect(bad.text.contains("value=\"park@news.test\""), "and the address")
            #expect(!bad.text.contains("value=\"short\""), "but never the password")
            let added = try await admin.post(
                "/admin/users",
                [
                    "name": "Park Ji-hoon", "email": "park@news.test", "role": "writer",
                    "password": "a fine long password",
                ])
            #expect(added.status == .created)
            let twice = try await admin.post(
                "/admin/users",
                [
                    "name": "Someone", "email": "PARK@news.test", "role": "writer",
                    "password": "a fine long password",
                ])
            #expect(twice.status == .conflict)
            #expect(twice.text.contains("exists"))
            let park = try #require(try await Accounts(database: app.db).credentials(email: "park@news.test")?.user)
            let promoted = try await admin.post("/admin/users/\(park.id)/role", ["role": "editor"])
            #expect(promoted.status == .ok)
            #expect(try await Accounts(database: app.db).user(id: park.id)?.role == .editor)
            let adminID = try #require(try await admin.userID)
            let alone = try await admin.post("/admin/users/\(adminID)/role", ["role": "writer"])
            #expect(alone.status == .conflict, "the only admin stays an admin")
            #expect(alone.text.contains("only admin"))
            let log = try await admin.get("/admin/audit")
            #expect(log.text.contains("changed role"))
            let newcomer = Browser(app)
            try await newcomer.get("/admin/login")
            let signIn = try await newcomer.post("/admin/login", ["email": "park@news.test", "password": "a fine long password"])
            #expect(signIn.status == .seeOther, "the new account signs in")
        }
    }

    @Test func signInReturnsOnlyToNewsroomPages() {
        #expect(LoginController.safeNext("/admin/tokens") == "/admin/tokens")
        #expect(LoginController.safeNext("https://evil.example/admin") == "/admin")
        #expect(LoginController.safeNext("//evil.example/admin") == "/admin")
        #expect(LoginController.safeNext("/admin\\@evil") == "/admin")
        #expect(LoginController.safeNext("") == "/admin")
    }

    @Test func trustedProxyRangesMatchAddresses() {
        #expect(AddressRange.contains(["10.0.0.0/8"], "10.20.30.40"))
        #expect(!AddressRange.contains(["10.0.0.0/8"], "11.0.0.1"))
        #expect(AddressRange.contains(["127.0.0.1"], "::ffff:127.0.0.1"))
        #expect(AddressRange.contains(["fd00::/8"], "fd12::1"))
        #expect(!AddressRange.contains(["fd00::/8"], "fe80::1"))
        #expect(!AddressRange.contains(["10.0.0.0/8"], "not an address"))
    }

    @Test func theUserCommandChecksWhatItIsGiven() {
        #expect(UserCommand.looksLikeEmail("editor@example.com"))
        #expect(!UserCommand.looksLikeEmail("editor@localhost"))
        #expect(!UserCommand.looksLikeEmail("two words@example.com"))
        #expect(!UserCommand.looksLikeEmail("@example.com"))
    }
}

extension Browser {
    /// The id of the account this browser is signed in as.
    var userID: String? {
        get async throws {
            guard let token = cookies["hallyu_session"] else { return nil }
            return try await Sessions(database: app.db).user(tokenHash: SecretToken.hash(token), now: Date())?.id
        }
    }
}
