import HallyuCore
import HallyuStore
import Vapor

/// The sign-in cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's form
/// sends it), Secure when the site is served over https.
enum SessionCookie {
    static let name = "hallyu_session"

    /// The cookie's token, when the browser sent one.
    static func token(_ request: Request) -> String? {
        guard let token = request.cookies[name]?.string, !token.isEmpty else { return nil }
        return token
    }

    /// Starts a session for `user` in this browser under a new token, ending the one the browser
    /// had: a token someone planted before the sign-in (or saw before a password change) never
    /// becomes a signed-in one. A session `awaitingCode` only lets the browser type its code.
    static func start(for user: User, on response: Response, for request: Request, awaitingCode: Bool = false) async throws {
        let token = SecretToken.make()
        let sessions = request.staffSessions
        if let old = Self.token(request) { try await sessions.delete(tokenHash: SecretToken.hash(old)) }
        try await sessions.create(
            userID: user.id, tokenHash: SecretToken.hash(token), device: request.deviceName, now: request.now,
            awaitingCode: awaitingCode)
        let lifetime = awaitingCode ? SessionLifetime.awaitingCode : SessionLifetime.absolute
        response.cookies[name] = value(token, maxAge: Int(lifetime), request)
    }

    static func clear(on response: Response, for request: Request) {
        response.cookies[name] = value("", maxAge: 0, request)
    }

    /// Cookie attributes shared by the site's own cookies.
    static func value(_ text: String, maxAge: Int?, _ request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: text, expires: maxAge.map { request.now.addingTimeInterval(TimeInterval($0)) }, maxAge: maxAge,
            path: "/", isSecure: request.application.config.publicURL.scheme == "https",
            isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// The account signed in with this request's session cookie, while its session lasts.
    func sessionUser() async throws -> User? {
        guard let token = SessionCookie.token(self) else { return nil }
        return try await staffSessions.user(tokenHash: SecretToken.hash(token), now: now)
    }

    /// The session cookie's hash, to tell this browser's session in the list.
    var sessionTokenHash: String? { SessionCookie.token(self).map(SecretToken.hash) }

    /// A short name for the browser, for the sessions list.
    var deviceName: String { DeviceName.describe(userAgent: headers.first(name: .userAgent) ?? "") }
}
