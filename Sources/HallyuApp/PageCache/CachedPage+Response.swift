import Foundation
import NIOHTTP1
import Vapor

extension CachedPage {
    /// What the stored page answers a request with, whichever server asks: Vapor's, through
    /// `PageCacheMiddleware`, or the front that answers hits before Vapor sees them.
    struct Answer {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        /// Nil for a 304. A HEAD request gets the body's length and no body from the server.
        var body: ByteBuffer?
    }

    /// 304 when the client's copy is current, the gzip copy when the client takes gzip.
    func answer(to requestHeaders: HTTPHeaders, source: String) -> Answer {
        var headers = self.headers
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .lastModified, value: lastModifiedText)
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        headers.replaceOrAdd(name: "CDN-Cache-Control", value: cdnCacheControl)
        headers.replaceOrAdd(name: "Surrogate-Control", value: cdnCacheControl)
        headers.replaceOrAdd(name: "Surrogate-Key", value: surrogateKey)
        headers.add(name: .vary, value: "Accept-Encoding")
        headers.replaceOrAdd(name: "X-Cache", value: source)
        if isCurrent(for: requestHeaders) {
            headers.remove(name: .contentType)
            return Answer(status: .notModified, headers: headers, body: nil)
        }
        if let gzipped, Self.acceptsGzip(requestHeaders[.acceptEncoding]) {
            headers.replaceOrAdd(name: .contentEncoding, value: "gzip")
            return Answer(status: .ok, headers: headers, body: gzipped)
        }
        return Answer(status: .ok, headers: headers, body: body)
    }

    /// The stored page as Vapor's answer to `request`.
    func response(to request: Request, source: String) -> Response {
        let answer = answer(to: request.headers, source: source)
        guard let body = answer.body else { return Response(status: answer.status, headers: answer.headers) }
        return Response(status: answer.status, headers: answer.headers, body: .init(buffer: body))
    }

    /// `If-None-Match` (weak comparison, as RFC 9110 asks for it) wins over `If-Modified-Since`.
    private func isCurrent(for headers: HTTPHeaders) -> Bool {
        let matches = headers[.ifNoneMatch]
        if !matches.isEmpty {
            let bare = etag
            return matches.contains { header in
                header.split(separator: ",", maxSplits: Self.maxTags).prefix(Self.maxTags).contains { candidate in
                    var tag = candidate.trimmingCharacters(in: .whitespaces)
                    if tag == "*" { return true }
                    if tag.hasPrefix("W/") { tag.removeFirst(2) }
                    return tag == bare
                }
            }
        }
        if let text = headers.first(name: .ifModifiedSince), text.utf8.count < 64,
            let since = ConditionalGet.httpDate(text)
        {
            return lastModified.timeIntervalSince1970 <= since.timeIntervalSince1970
        }
        return false
    }

    /// Validators looked at in one header; a client sending a thousand gets a full answer.
    private static let maxTags = 64

    /// Whether `Accept-Encoding` takes gzip: named (or `*`) without `q=0`.
    static func acceptsGzip(_ headers: [String]) -> Bool {
        var gzip: Bool?
        var any: Bool?
        for header in headers {
            for item in header.split(separator: ",", maxSplits: 32).prefix(32) {
                let parts = item.split(separator: ";")
                guard let coding = parts.first?.trimmingCharacters(in: .whitespaces).lowercased() else { continue }
                let refused = parts.dropFirst().contains { part in
                    let parameter = part.trimmingCharacters(in: .whitespaces).lowercased()
                    guard parameter.hasPrefix("q=") else { return false }
                    return (Double(parameter.dropFirst(2)) ?? 1) <= 0
                }
                if coding == "gzip" || coding == "x-gzip" { gzip = !refused } else if coding == "*" { any = !refused }
            }
        }
        return gzip ?? any ?? false
    }
}
