import CompressNIO
import Crypto
import Foundation
import NIOCore
import Vapor

/// A finished response kept for every anonymous reader: the body, a gzip copy made once when
/// stored, a strong ETag of the bytes, and what it was built from.
struct CachedPage: Sendable {
    /// The handler's headers, less those that belong to one exchange (cookies, length, date).
    let headers: HTTPHeaders
    let body: ByteBuffer
    let gzipped: ByteBuffer?
    /// A hash of the bytes, so every instance gives the same tag to the same page.
    let etag: String
    let lastModified: Date
    /// Made once, not on every hit.
    let lastModifiedText: String
    let surrogateKey: String
    /// Until then the entry is answered without asking the handler; after it, it is kept only
    /// to answer when a fresh build fails (stale-if-error).
    let freshUntil: Date
    let tags: Set<CacheTag>
    /// Reader cookies that change the page: a reader sending one of them is not given this copy.
    let cookies: Set<String>
    /// The caching headers of the routes it was built for.
    let cacheControl: String
    let cdnCacheControl: String
    /// The pattern of the route that built it ("/articles/:slug"), for metrics and logs of its hits.
    let route: String

    /// What the entry holds in memory, near enough to bound the cache by it. A buffer's capacity,
    /// not its length: NIO rounds buffers up to a power of two, so a 33 KB page holds 64 KB.
    var cost: Int {
        body.capacity + (gzipped?.capacity ?? 0) + headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 32 }
            + tags.reduce(0) { $0 + $1.rawValue.utf8.count + 16 } + 256
    }

    /// Headers a stored page must not carry: they describe one exchange, or are set anew.
    static let exchangeHeaders: Set<String> = [
        "set-cookie", "content-length", "date", "connection", "transfer-encoding", "keep-alive", "etag", "last-modified",
        "cache-control", "cdn-cache-control", "surrogate-control", "content-encoding", "surrogate-key", "x-cache",
    ]

    init(
        body: ByteBuffer, headers: HTTPHeaders, policy: PageCachePolicy, tags: Set<CacheTag>, cookies: Set<String> = [],
        storedAt: Date, freshUntil: Date, route: String = "unmatched"
    ) {
        var kept = HTTPHeaders()
        for (name, value) in headers where !Self.exchangeHeaders.contains(name.lowercased()) {
            kept.add(name: name, value: value)
        }
        self.headers = kept
        self.body = body
        self.gzipped = Self.gzip(body, contentType: headers.contentType)
        self.etag = Self.etag(of: body)
        // A handler that knows when its content last changed (feeds) says so; else the build time.
        self.lastModified =
            headers.first(name: .lastModified).flatMap(ConditionalGet.httpDate)
            ?? Date(timeIntervalSince1970: floor(storedAt.timeIntervalSince1970))
        self.lastModifiedText = ConditionalGet.httpDateString(lastModified)
        self.freshUntil = freshUntil
        self.tags = tags
        self.cookies = cookies
        self.cacheControl = policy.cacheControl
        self.cdnCacheControl = policy.cdnCacheControl
        self.surrogateKey = tags.map(\.rawValue).sorted().joined(separator: " ")
        self.route = route
    }

    static func etag(of body: ByteBuffer) -> String {
        let digest = body.withUnsafeReadableBytes { SHA256.hash(data: $0) }
        return "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// Text compresses; images and tiny bodies are sent as they are.
    private static func gzip(_ body: ByteBuffer, contentType: HTTPMediaType?) -> ByteBuffer? {
        guard body.readableBytes >= 512, let contentType, Self.compresses(contentType) else { return nil }
        var input = body
        guard let compressed = try? input.compress(with: .gzip()), compressed.readableBytes < body.readableBytes else { return nil }
        // The compressor reserves the worst case; keep only the bytes.
        return ByteBuffer(bytes: compressed.readableBytesView)
    }

    private static func compresses(_ type: HTTPMediaType) -> Bool {
        type.type == "text" || ["json", "xml", "rss+xml", "atom+xml", "feed+json", "javascript"].contains(type.subType)
    }
}
