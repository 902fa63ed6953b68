import NIOConcurrencyHelpers
import Vapor

/// Counts the requests being answered, so that shutting down waits for them before the
/// databases close. On SIGTERM the HTTP server lets each open connection finish its exchange,
/// but a handler whose client has already hung up keeps running, and the databases it still
/// reads were closed under it: under load, a server stopped right after its readers left
/// crashed on its way out (one stop in five, reading the 100,000-article corpus).
///
/// Like the other middleware every request passes, it works on futures: an `AsyncMiddleware`
/// starts a task of its own for each request and hops back to the event loop, and five such
/// layers cost a cache hit more than the rest of its answer.
final class RequestsInFlight: Middleware, LifecycleHandler, Sendable {
    private let count = NIOLockedValueBox(0)
    /// How long shutting down waits for the last requests: as long as the HTTP server waits for
    /// its connections (`HALLYU_SHUTDOWN_GRACE`).
    let grace: Duration

    init(grace: Duration) {
        self.grace = grace
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        count.withLockedValue { $0 += 1 }
        return next.respond(to: request).always { _ in self.count.withLockedValue { $0 -= 1 } }
    }

    var current: Int { count.withLockedValue { $0 } }

    /// Lifecycle handlers stop before the application's storage, where the databases are, and
    /// where the HTTP server is too: it is stopped here first (it takes no new connection and
    /// lets each open one finish its exchange; stopping it again later does nothing), then the
    /// handlers still running are waited for.
    ///
    /// The name index's build is waited for too: the serve command starts one that no request
    /// waits for.
    func shutdownAsync(_ app: Application) async {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: grace)
        await app.server.shutdown()
        func busy() -> Bool { current > 0 || app.mentionIndexCache.isBuilding }
        while busy(), clock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(10))
        }
        if busy() {
            let building = app.mentionIndexCache.isBuilding ? " and the name index still being built" : ""
            app.logger.warning("Shutting down with \(current) requests still being answered\(building) after \(grace).")
        }
    }
}
