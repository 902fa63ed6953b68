import Foundation
import Vapor

/// How one group of public routes is cached: the query parameters its pages read (all others
/// are removed before the handler sees the request, so they cannot multiply the keys), how long
/// an entry is answered without a build, and what every page of the group is built from.
struct PageCachePolicy: Sendable {
    var query: Set<String>
    /// Writes drop entries at once; the lifetime bounds what changes with the clock alone (the
    /// trending lists, the news sitemap's two days, a comment form's stamp).
    var lifetime: TimeInterval
    var tags: Set<CacheTag>
    /// How long a CDN in front may keep a copy, in seconds; it purges by `Surrogate-Key` to
    /// keep up with writes sooner.
    var sharedLifetime: Int

    init(query: Set<String> = [], lifetime: TimeInterval = 600, tags: Set<CacheTag>, sharedLifetime: Int = 300) {
        self.query = query
        self.lifetime = lifetime
        self.tags = tags
        self.sharedLifetime = sharedLifetime
        // Browsers may keep a copy but ask again each time (a 304 from the cache costs next to
        // nothing), so a reader never sees a page older than the last acknowledged write; a
        // browser serves stale-while-revalidate copies without asking, so that is for CDNs only.
        cacheControl = "public, max-age=0, s-maxage=\(sharedLifetime), stale-if-error=86400"
        cdnCacheControl = "max-age=\(sharedLifetime), stale-while-revalidate=30, stale-if-error=86400"
    }

    /// For browsers and every shared cache.
    let cacheControl: String
    /// For CDNs only (`CDN-Cache-Control`, RFC 9213, and Fastly's `Surrogate-Control`).
    let cdnCacheControl: String

    /// Keys longer than this are answered without the cache.
    static let maxKeyLength = 1_024
    /// Parameters looked at in one query string; the rest are dropped unread.
    static let maxParameters = 64

    /// The query with only the parameters the pages read, first value of each, sorted by name;
    /// nil when none is left.
    func canonical(_ query: String?) -> String? {
        guard let query, !query.isEmpty, !self.query.isEmpty else { return nil }
        var kept: [Substring: Substring] = [:]
        for pair in query.split(separator: "&", maxSplits: Self.maxParameters, omittingEmptySubsequences: true).prefix(Self.maxParameters) {
            let name = pair.prefix { $0 != "=" }
            guard self.query.contains(String(name)), kept[name] == nil else { continue }
            kept[name] = pair
        }
        guard !kept.isEmpty else { return nil }
        return kept.keys.sorted().compactMap { kept[$0] }.joined(separator: "&")
    }
}
