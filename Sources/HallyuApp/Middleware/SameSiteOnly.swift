import Foundation
import Vapor

/// Refuses readers' posts that another site's page made a browser send. Readers' forms carry no
/// CSRF token (they need no account), so without this any page could have its visitors vote in
/// a poll or post comments from their own addresses, past every per-address limit. Browsers say
/// where a request comes from (`Sec-Fetch-Site`, else `Origin`); scripts and apps send neither
/// and are not affected.
struct SameSiteOnly: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST, Self.isCrossSite(request) {
            throw Abort(.forbidden, reason: "This was sent from another website. Open the page on this site and send it from there.")
        }
        return try await next.respond(to: request)
    }

    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers.first(name: "Sec-Fetch-Site") { return site == "cross-site" }
        guard let origin = request.headers.first(name: .origin) else { return false }
        guard let url = URL(string: origin), let host = url.host else { return true }
        let sender = host + (url.port.map { ":\($0)" } ?? "")
        let publicURL = request.application.config.publicURL
        let site = (publicURL.host ?? "") + (publicURL.port.map { ":\($0)" } ?? "")
        return sender != site && sender != request.headers.first(name: .host)
    }
}

extension Request {
    /// Refuses a body that is not JSON (415). A browser may send a form-encoded body to any site
    /// without asking, but must ask (and be refused) before sending JSON to another one.
    func requireJSON(_ what: String) throws {
        guard headers.contentType?.type == "application", headers.contentType?.subType == "json" else {
            throw Abort(.unsupportedMediaType, reason: "Send \(what) as JSON, with Content-Type: application/json.")
        }
    }
}
