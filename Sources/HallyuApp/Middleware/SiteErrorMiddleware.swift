import FluentPostgresDriver
import Foundation
import NIOHTTP1
import Vapor

/// Turns every error into the page or JSON body a reader or client should see: API paths get the
/// contract's `{"error": {"code", "message"}}`, pages get the site's own error page. The status
/// is always kept; for 5xx nothing internal reaches the body, and the real error is logged loudly.
struct SiteErrorMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            request.answer { await self.response(to: error, for: request) }
        }
    }

    private func response(to error: any Error, for request: Request) async -> Response {
        let (status, message, headers) = describe(error)
        if status.code >= 500 {
            request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
        }
        if request.url.path.hasPrefix("/api/") {
            return APIError.response(status: status, message: message, headers: headers)
        }
        return await ErrorPage.response(for: request, status: status, message: message, headers: headers)
    }

    /// PostgreSQL errors that mean the server cannot be reached, not that a query is wrong.
    private static let unreachable: [PSQLError.Code] = [
        .connectionError, .serverClosedConnection, .clientClosedConnection,
        .uncleanShutdown, .poolClosed,
    ]

    /// The status and a message safe to show.
    func describe(_ error: any Error) -> (HTTPResponseStatus, String, HTTPHeaders) {
        switch error {
        case let abort as any AbortError where abort.status.code < 500:
            return (abort.status, abort.reason, abort.headers)
        case let abort as any AbortError:
            return (abort.status, APIError.defaultMessage(for: abort.status), abort.headers)
        case HTTPParserError.invalidEOFState:
            // The client stopped sending before the body was whole (a phone that lost its
            // signal mid-upload): its fault, not the server's, and nothing of it was kept.
            return (.badRequest, "The request ended before its body did, so the upload was cut off on the way; send it again.", [:])
        case is DecodingError:
            return (.badRequest, "The request body could not be read: check that it is valid JSON of the documented shape.", [:])
        case let database as PSQLError where Self.unreachable.contains(database.code):
            // The database went away: a passing state, which caches in front may ride out.
            return (.serviceUnavailable, APIError.defaultMessage(for: .serviceUnavailable), ["Retry-After": "5"])
        default:
            return (.internalServerError, APIError.defaultMessage(for: .internalServerError), [:])
        }
    }
}

/// The contract's JSON error body.
enum APIError {
    struct Body: Content {
        struct Detail: Content {
            var code: String
            var message: String
        }
        var error: Detail
    }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 409: "conflict"
        case 413: "too_large"
        case 429: "rate_limited"
        case 400..<500: "bad_request"
        default: "unavailable"
        }
    }

    static func defaultMessage(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 404: "Nothing is published at this address."
        case 503: "The service is unavailable right now; try again shortly."
        case 500...: "Something went wrong on our side; it has been logged."
        default: status.reasonPhrase
        }
    }

    static func response(status: HTTPResponseStatus, message: String, headers: HTTPHeaders = [:]) -> Response {
        let response = Response(status: status, headers: headers)
        let body = Body(error: .init(code: code(for: status), message: message))
        do {
            try response.content.encode(body, as: .json)
        } catch {
            response.body = .init(string: #"{"error":{"code":"unavailable","message":"error"}}"#)
            response.headers.contentType = .json
        }
        return response
    }
}
