import Logging
import NIOCore
import NIOHTTP1

/// One answered request as metrics and the log record it, whichever server answered it (the
/// front for a cached page, Vapor for the rest). The log line names the route's pattern, not
/// the path: a path or query can hold a reader's search or a one-time link, and no log line
/// carries a cookie, token, e-mail or client address.
struct AnsweredRequest {
    var method: HTTPMethod
    var route: String
    var status: UInt
    var duration: Duration
    /// The page cache's result (`X-Cache`), when the route is cached.
    var cache: String?
    /// Given by the front, whose logger is not the request's.
    var requestID: String? = nil

    func record(metrics: SiteMetrics, logger: Logger) {
        metrics.observe(method: method, route: route, status: status, duration: duration, cache: cache)
        guard logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = [
            "method": .string(method.rawValue), "route": .string(route), "status": .stringConvertible(status),
            "duration_ms": .stringConvertible((duration.seconds * 1_000_000).rounded() / 1000),
        ]
        if let cache { metadata["cache"] = .string(cache) }
        if let requestID { metadata["request_id"] = .string(requestID) }
        logger.info("\(method.rawValue) \(route) \(status)", metadata: metadata)
    }

    /// The label of a request no route answered, by how it was answered: a public file, a
    /// redirect from the redirects list, or nothing found.
    static func unrouted(status: UInt) -> String {
        switch status {
        case 200..<300, 304: "static"
        case 300..<400: "redirect"
        default: "unmatched"
        }
    }
}
