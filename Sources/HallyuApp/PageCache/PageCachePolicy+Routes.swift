import Foundation

/// The policies of the public routes (see `routes.swift`). Every reader page shows published
/// articles and knowledge-base names in some form (lists, cards, links in article bodies), so
/// each is tagged with both; article and couple pages add their own comments and polls.
extension PageCachePolicy {
    static let reading: Set<CacheTag> = [.articles, .knowledge, .site]

    /// Home, entity and tag pages, and the API's lists and entities: `?page=&per=`.
    static let pages = PageCachePolicy(query: ["page", "per"], tags: reading)
    /// An article: later comment pages, the reply form, the note after a comment was sent.
    static let article = PageCachePolicy(query: ["comments", "reply", "comment"], tags: reading)
    /// Feeds, sitemaps and single API answers read no parameter.
    static let documents = PageCachePolicy(tags: reading)
    /// Search results answer from a moving index; a short lifetime bounds what ranking drifts.
    static let search = PageCachePolicy(query: ["q", "kind", "page", "per"], lifetime: 60, tags: reading, sharedLifetime: 60)
    /// robots.txt and the API description change only with a new release.
    static let fixed = PageCachePolicy(tags: [.site])
}
