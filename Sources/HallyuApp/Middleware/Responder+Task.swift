import Vapor

/// For middleware written on futures, which every request passes: an `AsyncMiddleware` starts
/// a task for each request and hops back to the event loop, and five such layers cost a cached
/// page more than the rest of its answer. These helpers go async only where a layer must wait.
extension Request {
    /// The response `work` makes, run as a task.
    func answer(_ work: @escaping @Sendable () async throws -> Response) -> EventLoopFuture<Response> {
        let promise = eventLoop.makePromise(of: Response.self)
        promise.completeWithTask(work)
        return promise.futureResult
    }
}

extension Responder {
    /// The same responder, awaited.
    var awaitable: any AsyncResponder {
        AsyncBasicResponder { request in try await self.respond(to: request).get() }
    }
}
