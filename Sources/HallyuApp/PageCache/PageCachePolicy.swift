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
    /// For browsers and CDNs.
    var cacheControl: String

    init(query: Set<String> = [], lifetime: TimeInterval = 600, tags: Set<CacheTag>,
         cacheControl: String = "public, max-age=30, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400") {
        self.query = query
        self.lifetime = lifetime
        self.tags = tags
        self.cacheControl = cacheControl
    }

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
