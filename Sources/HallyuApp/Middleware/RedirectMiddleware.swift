import HallyuCore
import HallyuStore
import Vapor

/// Old addresses (a WordPress site's permalinks, pages an editor moved) answered from the
/// redirects table: only where the site itself has no page, so a redirect never hides one, and
/// WordPress's `/?p=41` before the home page takes it. Each use is counted.
struct RedirectMiddleware: Middleware {
    /// Futures on the way through, a task only where a redirect may be looked up: every page
    /// passes here, and a task per request costs a cached page more than its answer.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .GET || request.method == .HEAD else { return next.respond(to: request) }
        if request.url.path == "/", let query = request.url.query,
            RedirectPath.queryKeys.contains(where: { query.hasPrefix("\($0)=") || query.contains("&\($0)=") })
        {
            return request.answer {
                if let response = try await Self.redirect(request) { return response }
                return try await next.awaitable.respond(to: request)
            }
        }
        return next.respond(to: request).flatMap { response in
            guard response.status == .notFound else { return request.eventLoop.makeSucceededFuture(response) }
            return request.answer { try await Self.redirect(request) ?? response }
        }.flatMapError { error in
            guard let abort = error as? any AbortError, abort.status == .notFound else { return request.eventLoop.makeFailedFuture(error) }
            return request.answer {
                guard let redirected = try await Self.redirect(request) else { throw error }
                return redirected
            }
        }
    }

    private static func redirect(_ request: Request) async throws -> Response? {
        let address = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
        guard let path = RedirectPath.normalise(address), let entry = try await Redirects(database: request.db).find(path: path) else {
            return nil
        }
        try await Redirects(database: request.db).recordHit(id: entry.id, at: Date())
        if entry.status == 410 { throw Abort(.gone, reason: "This page has been removed.") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .location, value: entry.target)
        return Response(status: entry.status == 302 ? .found : .movedPermanently, headers: headers)
    }
}
