import NIOCore
import Vapor

/// The outermost middleware: gives the request its identifier (`RequestID`), puts it in every
/// log line of the request and in the response's `X-Request-Id`, then counts and logs the
/// answer (`AnsweredRequest`). Cache hits the front answers itself are recorded by the front.
struct RequestObservation: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let started = NIODeadline.now()
        let id = Self.identifier(of: request)
        request.logger[metadataKey: "request-id"] = nil
        request.logger[metadataKey: "request_id"] = .string(id)
        return next.respond(to: request).always { result in
            let status = (try? result.get())?.status.code ?? 500
            let route = request.routePattern ?? AnsweredRequest.unrouted(status: status)
            let cache = (try? result.get())?.headers.first(name: "X-Cache")
            AnsweredRequest(
                method: request.method, route: route, status: status,
                duration: .nanoseconds((NIODeadline.now() - started).nanoseconds), cache: cache
            ).record(metrics: request.application.metrics, logger: request.logger)
        }.map { response in
            response.headers.replaceOrAdd(name: RequestID.header, value: id)
            return response
        }
    }

    /// The front has already decided (and written) the identifier of what it hands on; any
    /// other request is decided here, by the same rule.
    static func identifier(of request: Request) -> String {
        let offered = request.headers.first(name: RequestID.header)
        if request.frontPeer != nil, let offered, RequestID.isWellFormed(offered) { return offered }
        return RequestID.decide(offered: offered, peer: request.peerAddress, trustedProxies: request.application.config.trustedProxies)
    }
}

extension Request {
    /// The pattern of the route answering the request ("/articles/:slug"), nil when none does.
    var routePattern: String? {
        guard let route else { return nil }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}
