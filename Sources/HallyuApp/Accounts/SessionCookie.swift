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

    static func set(_ token: String, on response: Response, for request: Request) {
        response.cookies[name] = value(token, maxAge: Int(Sessions.lifetime), request)
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
}
