import Foundation
import Vapor

/// Answers a group of public routes from the page cache. A hit is the stored bytes (gzip when
/// the client takes it, 304 when its copy is current, no body for HEAD); a miss waits for the
/// one build of its key under way or leads it; a build that fails is answered with the last
/// copy kept, if any (stale-if-error), and is never kept. A reader's cookie (a voter's) gets the
/// shared copy unless the page was built from that cookie; an editor's session or credentials
/// get a build of their own, never stored.
struct PageCacheMiddleware: Middleware {
    let policy: PageCachePolicy

    /// A hit is answered on the event loop, without a task: that is most of what a cached page costs.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .GET || request.method == .HEAD else { return next.respond(to: request) }
        let cache = request.application.pageCache
        guard cache.isEnabled else { return next.respond(to: request) }
        // The handler sees only the parameters that are part of the key. (Setting the query
        // rebuilds the URL's components, so it is set only when it changes.)
        let query = request.url.query
        var canonical = policy.canonical(query)
        if canonical != query {
            request.url.query = canonical
            // The key is what the handler will read, which the setter may have re-encoded.
            canonical = request.url.query
        }
        let key = request.url.path + (canonical.map { "?" + $0 } ?? "")
        guard key.utf8.count <= PageCachePolicy.maxKeyLength, !Self.isSignedIn(request) else {
            return next.respond(to: request).map(Self.personal)
        }
        let cookies = Self.readerCookies(request)
        if let page = cache.fresh(key, now: request.now), page.cookies.isDisjoint(with: cookies) {
            return request.eventLoop.makeSucceededFuture(page.response(to: request, source: "HIT"))
        }
        return request.answer { try await miss(request, key: key, cookies: cookies, cache: cache, next: next.awaitable) }
    }

    private func miss(
        _ request: Request, key: String, cookies: Set<String>, cache: PageCache,
        next: any AsyncResponder
    ) async throws -> Response {
        // A reader with a cookie of their own neither waits for nor leads the shared build.
        if !cookies.isEmpty {
            return try await build(request, key: key, ticket: cache.solo(key), cookies: cookies, cache: cache, next: next)
        }
        switch await cache.claim(key) {
        case .waited(let page?):
            return page.response(to: request, source: "HIT")
        case .waited(nil):
            return try await next.respond(to: request)
        case .lead(let ticket):
            return try await build(request, key: key, ticket: ticket, cookies: [], cache: cache, next: next)
        }
    }

    private func build(
        _ request: Request, key: String, ticket: PageCache.Ticket, cookies: Set<String>, cache: PageCache,
        next: any AsyncResponder
    ) async throws -> Response {
        // The handler builds the whole page; the client's validators are checked against it here.
        let conditions = request.headers
        request.headers.remove(name: .ifNoneMatch)
        request.headers.remove(name: .ifModifiedSince)
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            cache.finish(ticket, page: nil)
            request.headers = conditions
            if Self.isServerFailure(error), let stale = cache.lastKnown(key) {
                request.logger.warning("Answering \(request.url.path) from an older cached copy: \(String(reflecting: error))")
                return stale.response(to: request, source: "STALE")
            }
            throw error
        }
        request.headers = conditions
        guard let page = keepable(response, request), page.cookies.isDisjoint(with: cookies) else {
            cache.finish(ticket, page: nil)
            if response.status.code >= 500, let stale = cache.lastKnown(key), stale.cookies.isDisjoint(with: cookies) {
                return stale.response(to: request, source: "STALE")
            }
            return cookies.isEmpty ? response : Self.personal(response)
        }
        cache.finish(ticket, page: page)
        return page.response(to: request, source: "MISS")
    }

    /// The page to keep, when the response is one every anonymous reader may get.
    private func keepable(_ response: Response, _ request: Request) -> CachedPage? {
        guard response.status == .ok, !response.headers.contains(name: .setCookie),
            let body = response.body.buffer
        else { return nil }
        let control = response.headers.first(name: .cacheControl)?.lowercased() ?? ""
        guard !control.contains("private"), !control.contains("no-store") else { return nil }
        let notes = request.cacheNotesTaken
        let now = request.now
        let freshUntil = min(now.addingTimeInterval(policy.lifetime), notes.freshUntil ?? .distantFuture)
        return CachedPage(
            body: body, headers: response.headers, policy: policy, tags: policy.tags.union(notes.tags), cookies: notes.cookies,
            storedAt: now, freshUntil: freshUntil, route: request.routePattern ?? "unmatched")
    }

    /// An editor's session or credentials: the newsroom's view is never shared.
    static func isSignedIn(_ request: Request) -> Bool {
        request.headers.contains(name: .authorization)
            || request.headers[.cookie].contains { $0.contains(SessionCookie.name + "=") }
    }

    /// The reader cookies the request carries, by name.
    static func readerCookies(_ request: Request) -> Set<String> {
        let headers = request.headers[.cookie]
        guard !headers.isEmpty else { return [] }
        return Set(ReaderCookie.all.map(\.name).filter { name in headers.contains { $0.contains(name + "=") } })
    }

    /// A page built for one reader: no shared cache may keep it.
    private static func personal(_ response: Response) -> Response {
        if !(response.headers.first(name: .cacheControl)?.contains("private") ?? false) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        }
        response.headers.replaceOrAdd(name: "X-Cache", value: "BYPASS")
        return response
    }

    private static func isServerFailure(_ error: any Error) -> Bool {
        guard let abort = error as? any AbortError else { return !(error is DecodingError) }
        return abort.status.code >= 500
    }
}
