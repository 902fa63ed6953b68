import Foundation
import HallyuCore
import Vapor

/// Validators for responses that change only when articles do (feeds, sitemaps): an ETag made
/// from what the response is built of, and the newest change as Last-Modified. A client that
/// already has this version gets a 304 and nothing is rendered.
struct ConditionalGet {
    let etag: String
    let lastModified: Date?

    /// `parts` name everything the response depends on (slugs with their change times).
    init(_ parts: [String], lastModified: Date?) {
        // The same in every process, so every server of a newsroom gives the same tag.
        etag = "W/\"" + String(StableHash.fnv1a(parts.joined(separator: "\u{1F}")), radix: 16) + "\""
        self.lastModified = lastModified
    }

    /// Whether the client's copy is current.
    func isCurrent(for req: Request) -> Bool {
        if let match = req.headers.first(name: .ifNoneMatch) {
            return match.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }
        }
        if let since = req.headers.first(name: .ifModifiedSince).flatMap(Self.httpDate), let lastModified {
            return floor(lastModified.timeIntervalSince1970) <= since.timeIntervalSince1970
        }
        return false
    }

    /// The response: a 304 when the client is current, else `body` with the validators.
    func respond(to req: Request, contentType: String, body: () async throws -> String) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: etag)
        if let lastModified { headers.replaceOrAdd(name: .lastModified, value: Self.httpDateString(lastModified)) }
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        if isCurrent(for: req) { return Response(status: .notModified, headers: headers) }
        headers.replaceOrAdd(name: .contentType, value: contentType)
        return Response(status: .ok, headers: headers, body: .init(string: try await body()))
    }

    static func httpDateString(_ date: Date) -> String {
        UTCTimestamp.httpDate(date)
    }

    static func httpDate(_ text: String) -> Date? {
        formatter().date(from: text)
    }

    /// RFC 9110's IMF-fixdate, for reading a client's date. A formatter per use:
    /// `DateFormatter` is not `Sendable`.
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
