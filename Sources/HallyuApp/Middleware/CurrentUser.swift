import HallyuCore
import HallyuStore
import Vapor

struct CurrentUserKey: StorageKey {
    typealias Value = User
}

extension Request {
    /// The newsroom account behind this request: by its session cookie on pages, by its
    /// bearer token on the API.
    var currentUser: User? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The account a session or API token belonged to, when it ended with the account being
    /// disabled; the attempt goes to the audit log (each credential at most every ten minutes).
    func disabledAccount(carrying tokenHash: String, _ kind: EndedCredentials.Kind) async throws -> User? {
        guard let refusal = try await endedCredentials.refusal(tokenHash: tokenHash, kind: kind, now: now) else { return nil }
        if refusal.log {
            let (action, item) =
                kind == .session ? ("refused a disabled account's session", "session") : ("refused a disabled account's token", "token")
            try await auditLog.record(refusal.owner, action, kind: item, id: refusal.owner.id, summary: refusal.owner.email, at: now)
        }
        return refusal.owner
    }

    /// The signed-in account, when its role allows `action`; otherwise 403 (401 when no one is
    /// signed in, which the page middleware has already turned into a sign-in redirect).
    @discardableResult
    func require(_ action: NewsroomAction) throws -> User {
        guard let user = currentUser else { throw Abort(.unauthorized, reason: "Sign in first.") }
        guard user.role.may(action) else {
            throw Abort(.forbidden, reason: "Your role (\(user.role.rawValue)) does not allow this.")
        }
        return user
    }
}

/// Admin pages: reads the session cookie; without a valid one, a GET goes to the sign-in page
/// (303) and comes back after, anything else is refused. Responses are never cached, since
/// they show what only this account may see.
struct SignedInPagesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.currentUser = try await request.sessionUser()
        guard let user = request.currentUser else {
            if let token = SessionCookie.token(request),
                try await request.disabledAccount(carrying: SecretToken.hash(token), .session) != nil
            {
                let response = await ErrorPage.response(
                    for: request, status: .forbidden,
                    message: "This account has been disabled, which signed it out. An admin of the newsroom can enable it again.",
                    headers: ["Cache-Control": "no-store"])
                SessionCookie.clear(on: response, for: request)
                return response
            }
            let back = request.method == .GET ? request.url.string : NewsroomPaths.home
            return request.redirect(to: NewsroomPaths.login(returningTo: back))
        }
        if try await Self.mustSetUpTwoFactor(user, request), !request.url.path.hasPrefix(NewsroomPaths.account),
            request.url.path != NewsroomPaths.logout
        {
            guard request.method == .GET else {
                throw Abort(.forbidden, reason: "This site requires two-factor sign-in for your role: turn it on first.")
            }
            return request.redirect(to: NewsroomPaths.twoFactor(done: "required"))
        }
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// An editor or admin of a site that requires two-factor sign-in who has not turned it on
    /// may only reach their own account's pages (to turn it on) and sign out.
    static func mustSetUpTwoFactor(_ user: User, _ request: Request) async throws -> Bool {
        guard try await request.twoFactorRequired(for: user) else { return false }
        return try await !request.twoFactorSecrets.isOn(userID: user.id)
    }
}

/// Write API: `Authorization: Bearer TOKEN` names the account; without a valid token, 401.
/// Each token may make `HALLYU_API_TOKEN_RATE` requests a minute, counted in the database across
/// every server process; each answer says how many are left (`RateLimit-Limit`, `-Remaining`,
/// `-Reset`).
struct BearerTokenMiddleware: AsyncMiddleware {
    static func rate(_ app: Application) -> Throttle {
        Throttle(limit: app.config.apiTokenRate, window: 60)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let unauthorized = Abort(
            .unauthorized, headers: ["WWW-Authenticate": "Bearer"],
            reason: "Send a personal API token as Authorization: Bearer TOKEN (make one with POST /api/v1/auth/tokens).")
        guard let token = request.headers.bearerAuthorization?.token, !token.isEmpty else { throw unauthorized }
        let tokenHash = SecretToken.hash(token)
        guard let user = try await request.apiTokens.user(tokenHash: tokenHash, now: request.now) else {
            if try await request.disabledAccount(carrying: tokenHash, .apiToken) != nil {
                throw Abort(.forbidden, reason: "The account this token belongs to has been disabled, which ended the token.")
            }
            throw unauthorized
        }
        let now = request.now
        let rate = Self.rate(request.application)
        let slot = try await request.rateWindows.take("api-token|" + tokenHash, under: rate, now: now) {
            "This token has made \(rate.limit) requests in \(Throttle.describe(rate.window)). Try again in \($0)."
        }
        request.currentUser = user
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        for (name, value) in Self.rateHeaders(slot, rate, now: now) { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }

    static func rateHeaders(_ slot: RateWindows.Slot, _ rate: Throttle, now: Date) -> HTTPHeaders {
        [
            "RateLimit-Limit": String(rate.limit),
            "RateLimit-Remaining": String(max(0, rate.limit - slot.taken)),
            "RateLimit-Reset": String(Int(rate.wait(windowOpenedAt: slot.windowOpenedAt, now: now))),
        ]
    }
}
