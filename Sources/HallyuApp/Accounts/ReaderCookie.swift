import Vapor

/// A long-lived, signed random id that recognises a reader's browser without an account: the
/// commenter cookie (whose approved comments let the next ones publish directly) and the voter
/// cookie (one vote per poll). The signature means a cookie the site did not issue is ignored;
/// only the id's hash is ever stored.
struct ReaderCookie: Sendable {
    static let commenter = ReaderCookie(name: "hallyu_commenter", purpose: "commenter")
    static let voter = ReaderCookie(name: "hallyu_voter", purpose: "voter")
    static let all = [commenter, voter]
    /// Two years, as long as a reader is likely to keep one browser.
    static let maxAge = 2 * 365 * 86_400

    let name: String
    let purpose: String

    private struct Pending: StorageKey {
        typealias Value = [String: String]
    }

    /// The id the browser sent, when the site signed it.
    func existing(_ request: Request) throws -> String? {
        guard let value = request.cookies[name]?.string else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        let id = String(parts[0])
        return try SecretToken.equal(String(parts[1]), signature(id, request)) ? id : nil
    }

    /// The browser's id, making one (set on the response by `CookieMiddleware`) when it has none.
    func id(_ request: Request) throws -> String {
        if let id = try existing(request) { return id }
        if let pending = request.storage[Pending.self]?[name] { return pending }
        let id = SecretToken.make()
        var pending = request.storage[Pending.self] ?? [:]
        pending[name] = id
        request.storage[Pending.self] = pending
        return id
    }

    /// What the store keeps: a hash of the id, under this cookie's purpose; one is made when
    /// the browser has none.
    func key(_ request: Request) throws -> String {
        key(forID: try id(request))
    }

    /// The key of the id the browser sent, without making one.
    func existingKey(_ request: Request) throws -> String? {
        try existing(request).map(key(forID:))
    }

    private func key(forID id: String) -> String {
        "\(purpose):" + SecretToken.hash(id)
    }

    private func signature(_ id: String, _ request: Request) throws -> String {
        try request.siteSecret().sign("\(purpose)|\(id)")
    }

    /// Sets the cookies a request made on its response.
    struct CookieMiddleware: AsyncMiddleware {
        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            let response = try await next.respond(to: request)
            let pending = request.storage[Pending.self] ?? [:]
            for cookie in ReaderCookie.all {
                guard let id = pending[cookie.name] else { continue }
                response.cookies[cookie.name] = SessionCookie.value(
                    "\(id).\(try cookie.signature(id, request))", maxAge: ReaderCookie.maxAge,
                    request)
            }
            return response
        }
    }
}
