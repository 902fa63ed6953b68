import Vapor

/// Cross-site request forgery defence for every form: each browser gets a random cookie, and
/// each form carries a token signed from that cookie and the session, which another site can
/// neither read nor make. The session is part of it so that a cookie planted by a neighbouring
/// host cannot carry its owner's token into someone else's session.
enum CSRF {
    static let field = "_csrf"
    static let cookie = "hallyu_csrf"

    private struct PendingCookieKey: StorageKey {
        typealias Value = String
    }

    /// The token for the forms of this request's page.
    static func token(for request: Request) async throws -> String {
        let browser: String
        if let existing = request.cookies[cookie]?.string, !existing.isEmpty {
            browser = existing
        } else if let pending = request.storage[PendingCookieKey.self] {
            browser = pending
        } else {
            browser = SecretToken.make()
            request.storage[PendingCookieKey.self] = browser
        }
        return try expected(request, browser: browser)
    }

    private static func expected(_ request: Request, browser: String) throws -> String {
        try request.siteSecret().sign("csrf|\(browser)|\(SessionCookie.token(request) ?? "")")
    }

    /// Refuses a form post whose token is missing or does not match (403).
    static func verify(_ request: Request) async throws {
        let sent: String
        do {
            sent = try request.content.get(String.self, at: field)
        } catch let unreadable as Abort where unreadable.status == .badRequest {
            // A body that cannot be read at all (an upload cut off on the way) says so, rather
            // than that the form came from elsewhere.
            throw unreadable
        } catch {
            sent = ""
        }
        guard let browser = request.cookies[cookie]?.string, !browser.isEmpty, !sent.isEmpty else { throw forged }
        let expected = try expected(request, browser: browser)
        guard SecretToken.equal(sent, expected) else { throw forged }
    }

    static var forged: Abort {
        Abort(.forbidden, reason: "This form has expired or did not come from this site. Go back, reload the page and send it again.")
    }

    /// Sets the browser cookie when a page made one.
    struct CookieMiddleware: AsyncMiddleware {
        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            let response = try await next.respond(to: request)
            if let pending = request.storage[PendingCookieKey.self] {
                response.cookies[cookie] = SessionCookie.value(pending, maxAge: nil, request)
            }
            return response
        }
    }
}
