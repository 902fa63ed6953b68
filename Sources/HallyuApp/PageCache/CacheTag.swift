import Foundation
import HallyuCore

/// A name for something a cached response was built from. A page records the tags of what it
/// shows; a write names the tags of what it changed, and every entry carrying one of them is
/// dropped before the write is acknowledged. The same names go out in `Surrogate-Key`, so a
/// CDN in front can purge by them too.
struct CacheTag: Hashable, Sendable, CustomStringConvertible {
    let rawValue: String

    init(_ rawValue: String) { self.rawValue = rawValue }

    var description: String { rawValue }

    /// The published articles as a set: anything that lists, counts, links or searches them
    /// (the home page, feeds, sitemaps, tag and entity pages, "You might like", search, the API
    /// list). Publishing, unpublishing, deleting or editing a published article changes it.
    static let articles = CacheTag("articles")
    /// The knowledge base: names (so the links in every article body), facts boxes, entity
    /// pages and cards. Every knowledge-base edit, merge and import changes it.
    static let knowledge = CacheTag("knowledge")
    /// Site-wide presentation every page carries: templates and settings.
    static let site = CacheTag("site")

    /// One article's own page and API answer.
    static func article(_ id: String) -> CacheTag { CacheTag("article:" + id.lowercased()) }
    /// The approved comments of one article and whether it takes new ones.
    static func comments(_ articleID: String) -> CacheTag { CacheTag("comments:" + articleID.lowercased()) }
    /// The polls shown on one article or couple page: a poll added, closed or removed.
    static func polls(on page: EntityRef) -> CacheTag { CacheTag("polls:\(page.kind.rawValue):\(page.slug)") }
}

/// What a write changed, as far as cached responses care.
enum CacheChange: Sendable, Equatable {
    /// These tags; entries built from anything else stay.
    case tags(Set<CacheTag>)
    /// Anything: every entry goes (an import, a restore, a change nobody described).
    case everything

    static func of(_ tags: CacheTag...) -> CacheChange { .tags(Set(tags)) }

    /// The form kept in the shared change log: tags separated by spaces, or `*`.
    var logged: String {
        switch self {
        case .everything: "*"
        case .tags(let tags): tags.map(\.rawValue).sorted().joined(separator: " ")
        }
    }

    init(logged: String) {
        if logged == "*" {
            self = .everything
        } else {
            self = .tags(Set(logged.split(separator: " ").map { CacheTag(String($0)) }))
        }
    }
}
