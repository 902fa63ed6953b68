import Foundation
import Vapor

extension CachedPage {
    /// The stored page as an answer to `request`: 304 when the client's copy is current, the
    /// gzip copy when the client takes gzip.
    func response(to request: Request, policy: PageCachePolicy, source: String) -> Response {
        var headers = self.headers
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .lastModified, value: lastModifiedText)
        headers.replaceOrAdd(name: .cacheControl, value: policy.cacheControl)
        headers.replaceOrAdd(name: "CDN-Cache-Control", value: policy.cdnCacheControl)
        headers.replaceOrAdd(name: "Surrogate-Control", value: policy.cdnCacheControl)
        headers.replaceOrAdd(name: "Surrogate-Key", value: surrogateKey)
        headers.add(name: .vary, value: "Accept-Encoding")
        headers.replaceOrAdd(name: "X-Cache", value: source)
        if isCurrent(for: request) {
            headers.remove(name: .contentType)
            return Response(status: .notModified, headers: headers)
        }
        if let gzipped, Self.acceptsGzip(request.headers[.acceptEncoding]) {
            headers.replaceOrAdd(name: .contentEncoding, value: "gzip")
            return Response(status: .ok, headers: headers, body: .init(buffer: gzipped))
        }
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }

    /// `If-None-Match` (weak comparison, as RFC 9110 asks for it) wins over `If-Modified-Since`.
    private func isCurrent(for request: Request) -> Bool {
        let matches = request.headers[.ifNoneMatch]
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
        if let text = request.headers.first(name: .ifModifiedSince), text.utf8.count < 64,
           let since = ConditionalGet.httpDate(text) {
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
