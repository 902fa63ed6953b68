import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Reads articles for readers: only published ones unless a caller asks otherwise.
public struct ArticleRepository: Sendable {
    let database: any Database
    /// Where the public pages' reads go (`SQLiteReader`), when not through `database`.
    let reads: (any SQLDatabase)?

    public init(database: any Database, reads: (any SQLDatabase)? = nil) {
        self.database = database
        self.reads = reads
    }

    /// Newest first.
    public func latest(_ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(.all, request)
    }

    /// The front page: on its first page the story it leads with (the newest featured one,
    /// else the newest), and a page of the latest. One read of the cards for both.
    public func front(_ request: Paging) async throws -> (featured: ArticleSummary?, latest: Paged<ArticleSummary>) {
        let sql = try sql()
        let total = try await ArticleListing.all.count(sql)
        let latest = try await ArticleListing.all.ids(sql, offset: request.offset, limit: request.per)
        var featured: UUID?
        if request.page == 1 {
            featured = try await ArticleListing.featured.ids(sql, limit: 1).first ?? latest.first
        }
        let cards = try await ArticleSummaries(database: database, reads: reads).published(latest + (featured.map { [$0] } ?? []))
        return (
            featured.flatMap { cards[$0] },
            Paged(items: latest.compactMap { cards[$0] }, page: request.page, per: request.per, total: total)
        )
    }

    /// A published article by slug; drafts and unpublished stories are not found.
    public func published(slug: String) async throws -> Article? {
        try await ArticlePageReader(database: database, reads: reads).article(slug: slug)
    }

    /// Published articles about an entity, newest first.
    public func about(_ kind: EntityKind, id: String, _ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(.about(UUID(coreID: id)), request)
    }

    /// Published articles that name an entity without being about it, newest first: up to
    /// `limit` of them, and how many there are in all.
    public func mentioning(id: String, limit: Int = 10) async throws -> (items: [ArticleSummary], total: Int) {
        let listing = ArticleListing.mentioning(UUID(coreID: id))
        return (try await summaries(listing, limit: limit), try await listing.count(sql()))
    }

    /// What a feed shows of each article: the card's facts, the Markdown body and the tags.
    public struct FeedItem: Sendable {
        public let summary: ArticleSummary
        public let body: String
        public let tags: [Tag]
        public let subjects: [EntityRef]
    }

    /// Which articles a feed carries.
    public enum FeedScope: Sendable {
        case all
        case about(id: String)
        case tagged(slug: String)
    }

    /// The newest published articles of a feed with their bodies, bylines, heroes, tags and
    /// subjects, in plain SQL after the query that picks them.
    public func feed(_ scope: FeedScope, limit: Int = 20) async throws -> [FeedItem] {
        let listing: ArticleListing =
            switch scope {
            case .all: .all
            case let .about(id): .about(UUID(coreID: id))
            case let .tagged(slug): .tagged(slug)
            }
        let cards = try await summaries(listing, limit: limit)
        let slugs = cards.map(\.slug)
        guard !slugs.isEmpty else { return [] }
        let rows = try await sql().raw(
            """
            SELECT 'subject' AS part, a.slug AS owner, s.position AS rank, NULL AS body, \(unsafeRaw: EntityColumns.select)
            FROM articles a JOIN article_subjects s ON s.article_id = a.id \(unsafeRaw: EntityColumns.joins)
            WHERE a.slug IN \(SQLBind.group(slugs))
            UNION ALL
            SELECT 'tag', a.slug, 0, NULL, NULL, t.slug, t.name, NULL, \(unsafeRaw: EntityColumns.none)
            FROM articles a JOIN article_tags l ON l.article_id = a.id JOIN tags t ON t.id = l.tag_id
            WHERE a.slug IN \(SQLBind.group(slugs))
            UNION ALL
            SELECT 'body', a.slug, 0, a.body, NULL, NULL, NULL, NULL, \(unsafeRaw: EntityColumns.none)
            FROM articles a WHERE a.slug IN \(SQLBind.group(slugs))
            """
        ).all()
        var bodies: [String: String] = [:]
        var tags: [String: [Tag]] = [:]
        var subjects: [String: [(rank: Int, ref: EntityRef)]] = [:]
        for row in rows {
            let owner = try row.decode(column: "owner", as: String.self)
            switch try row.decode(column: "part", as: String.self) {
            case "body":
                bodies[owner] = try row.decode(column: "body", as: String.self)
            case "tag":
                tags[owner, default: []].append(
                    Tag(
                        slug: try row.decode(column: "slug", as: String.self),
                        name: try row.decode(column: "name", as: String.self)))
            default:
                if let ref = try EntityColumns.ref(in: row) {
                    subjects[owner, default: []].append((try row.decode(column: "rank", as: Int.self), ref))
                }
            }
        }
        return cards.map { card in
            FeedItem(
                summary: card, body: bodies[card.slug] ?? "", tags: (tags[card.slug] ?? []).sorted { $0.name < $1.name },
                subjects: (subjects[card.slug] ?? []).sorted { $0.rank < $1.rank }.map(\.ref))
        }
    }

    /// Whether a published article has this slug; cheaper than loading it.
    public func isPublished(slug: String) async throws -> Bool {
        try await ArticleListing(condition: "a.slug = \(bind: slug)", includesPages: true).count(sql()) > 0
    }

    /// A tag readers can see: one that a published article carries (a draft's new tag stays private).
    public func tag(slug: String) async throws -> Tag? {
        guard
            let row = try await sql().raw(
                """
                SELECT t.slug, t.name FROM tags t WHERE t.slug = \(bind: slug) AND EXISTS (
                SELECT 1 FROM article_tags l JOIN articles a ON a.id = l.article_id
                WHERE l.tag_id = t.id AND a.status = \(bind: ArticleStatus.published.rawValue))
                """
            ).first()
        else { return nil }
        return Tag(slug: try row.decode(column: "slug", as: String.self), name: try row.decode(column: "name", as: String.self))
    }

    /// Published articles with a tag, newest first.
    public func tagged(_ tag: Tag, _ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(.tagged(tag.slug), request)
    }

    /// "You might like": the article's stored picks, best first (see `RelatedArticles`).
    public func related(to article: Article) async throws -> [ArticleSummary] {
        try await RelatedArticles(database: database).related(to: article.id)
    }

    /// The entities of each kind most written about in the latest `window` published articles,
    /// most first, in three queries for all the kinds.
    public func trendingSubjects(kinds: [EntityKind], window: Int = 30, limit: Int = 6) async throws -> [EntityKind: [EntityRef]] {
        let recent = try await ArticleListing.all.ids(sql(), limit: window)
        guard !recent.isEmpty, !kinds.isEmpty else { return [:] }
        let links = try await sql().raw(
            """
            SELECT article_id, entity_kind, entity_id FROM article_subjects
            WHERE article_id IN \(SQLBind.group(recent)) AND entity_kind IN \(SQLBind.group(kinds.map(\.rawValue)))
            """
        ).all()
        // Ties go to the entity in the most recent story.
        let recency = Dictionary(uniqueKeysWithValues: recent.enumerated().map { ($1, $0) })
        var counts: [EntityKind: [UUID: (count: Int, newest: Int)]] = [:]
        for link in links {
            guard let kind = EntityKind(rawValue: try link.decode(column: "entity_kind", as: String.self)) else { continue }
            let entity = try link.uuid("entity_id")
            let position = recency[try link.uuid("article_id")] ?? Int.max
            let current = counts[kind]?[entity] ?? (0, Int.max)
            counts[kind, default: [:]][entity] = (current.count + 1, min(current.newest, position))
        }
        // Then by id, so every build (and every instance) lists them in the same order.
        let top = counts.mapValues { entities in
            entities.sorted {
                ($0.value.count, -$0.value.newest, $1.key.coreID) > ($1.value.count, -$1.value.newest, $0.key.coreID)
            }.prefix(limit).map(\.key)
        }
        let refs = try await EntityRefs(database: database, reads: reads).resolve(top.flatMap { kind, ids in ids.map { (kind, $0) } })
        return top.mapValues { ids in ids.compactMap { refs[$0] } }
    }

    /// How many published articles there are; for health and sitemaps.
    public func publishedCount() async throws -> Int {
        try await ArticleListing.all.count(sql())
    }

    // MARK: Helpers

    /// The cards of the listing's articles from `offset`, in its order, read without their
    /// bodies.
    private func summaries(_ listing: ArticleListing, offset: Int = 0, limit: Int) async throws -> [ArticleSummary] {
        let ids = try await listing.ids(sql(), offset: offset, limit: limit)
        let cards = try await ArticleSummaries(database: database, reads: reads).published(ids)
        return ids.compactMap { cards[$0] }
    }

    private func page(_ listing: ArticleListing, _ request: Paging) async throws -> Paged<ArticleSummary> {
        let total = try await listing.count(sql())
        let items = try await summaries(listing, offset: request.offset, limit: request.per)
        return Paged(items: items, page: request.page, per: request.per, total: total)
    }

    private func sql() throws -> any SQLDatabase {
        try readingSQL(reads, or: database)
    }
}
