import Vapor

/// The safety net under the page cache: a request that may write (any method but GET and HEAD)
/// and succeeded without announcing what it changed drops the whole cache, here and in every
/// other process, before its answer leaves. Handlers announce precisely (`Request.announce`)
/// so this stays the exception; a refusal (4xx) has written nothing, and a failure (5xx) may
/// have written anything.
struct UnannouncedWriteMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method != .GET, request.method != .HEAD else { return next.respond(to: request) }
        return request.answer { try await Self.write(request, next.awaitable) }
    }

    private static func write(_ request: Request, _ next: any AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            if !request.cacheNotesTaken.announced, response.status.code < 400 || response.status.code >= 500 {
                request.logger.debug("\(request.method) \(request.url.path) did not say what it changed; every cached page goes")
                await request.application.announce(.everything)
            }
            return response
        } catch {
            let status = (error as? any AbortError)?.status.code ?? (error is DecodingError ? 400 : 500)
            if !request.cacheNotesTaken.announced, status >= 500 {
                await request.application.announce(.everything)
            }
            throw error
        }
    }
}

/// For routes whose writes no reader can see (signing in, tokens, accounts, uploads not yet
/// used, the blocklist, previews): they need no announcement.
struct ChangesNothingPublic: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.announceNothingPublic()
        return next.respond(to: request)
    }
}
