import Fluent
import Foundation
import HallyuCore

/// Reads articles for readers: only published ones unless a caller asks otherwise.
public struct ArticleRepository: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Newest first.
    public func latest(_ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(published(), request)
    }

    /// The story the front page leads with: the newest featured one, else the newest.
    public func featured() async throws -> ArticleSummary? {
        let featured = try await summaries(published().filter(\.$featured == true).limit(1)).first
        if let featured { return featured }
        return try await summaries(published().limit(1)).first
    }

    /// A published article by slug; drafts and unpublished stories are not found.
    public func published(slug: String) async throws -> Article? {
        guard let row = try await ArticleModel.query(on: database).filter(\.$slug == slug)
            .filter(\.$status == ArticleStatus.published.rawValue)
            .with(\.$hero).with(\.$authorLinks, { $0.with(\.$user) }).with(\.$tags).with(\.$subjectLinks)
            .first() else { return nil }
        let links = row.subjectLinks.sorted { $0.position < $1.position }
        let pairs = links.compactMap { link in EntityKind(rawValue: link.entityKind).map { (kind: $0, id: link.entityID) } }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        let summary = try row.toSummary()
        return Article(id: try row.requireID().uuidString, slug: row.slug, title: row.title, dek: row.dek, body: row.body,
                       hero: summary.hero, authors: summary.authors, tags: row.tags.map { $0.toCore() }.sorted { $0.name < $1.name },
                       subjects: links.compactMap { refs[$0.entityID] }, status: .published,
                       publishedAt: row.publishedAt, updatedAt: row.lastEdited,
                       featured: row.featured, commentsOpen: row.commentsOpen)
    }

    /// Published articles about an entity, newest first.
    public func about(_ kind: EntityKind, id: String, _ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(published(about: [UUID(coreID: id)]), request)
    }

    /// The entities an article names besides its subjects, most named first.
    public func mentions(ofArticle id: String) async throws -> [EntityRef] {
        let rows = try await ArticleMentionModel.query(on: database).filter(\.$article.$id == UUID(coreID: id))
            .sort(\.$count, .descending).all()
        let pairs = rows.compactMap { row in EntityKind(rawValue: row.entityKind).map { (kind: $0, id: row.entityID) } }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        return rows.compactMap { refs[$0.entityID] }
    }

    /// Published articles that name an entity without being about it, newest first: up to
    /// `limit` of them, and how many there are in all.
    public func mentioning(id: String, limit: Int = 10) async throws -> (items: [ArticleSummary], total: Int) {
        let query = published().join(ArticleMentionModel.self, on: \ArticleModel.$id == \ArticleMentionModel.$article.$id)
            .filter(ArticleMentionModel.self, \.$entityID == UUID(coreID: id))
        let total = try await count(query)
        return (try await summaries(query.limit(limit)), total)
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

    /// The newest published articles of a feed, in one query with their bylines, heroes and tags.
    public func feed(_ scope: FeedScope, limit: Int = 20) async throws -> [FeedItem] {
        let query: QueryBuilder<ArticleModel> = switch scope {
        case .all: published()
        case let .about(id): published(about: [UUID(coreID: id)])
        case let .tagged(slug): published(taggedWith: [slug])
        }
        let rows = try await query.limit(limit).with(\.$hero).with(\.$authorLinks) { $0.with(\.$user) }.with(\.$tags)
            .with(\.$subjectLinks).all()
        let pairs = rows.flatMap(\.subjectLinks).compactMap { link in
            EntityKind(rawValue: link.entityKind).map { (kind: $0, id: link.entityID) }
        }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        return try rows.map { row in
            FeedItem(summary: try row.toSummary(), body: row.body, tags: row.tags.map { $0.toCore() }.sorted { $0.name < $1.name },
                     subjects: row.subjectLinks.sorted { $0.position < $1.position }.compactMap { refs[$0.entityID] })
        }
    }

    /// Whether a published article has this slug; cheaper than loading it.
    public func isPublished(slug: String) async throws -> Bool {
        try await count(published().filter(\.$slug == slug)) > 0
    }

    /// A tag readers can see: one that a published article carries (a draft's new tag stays private).
    public func tag(slug: String) async throws -> Tag? {
        guard let row = try await TagModel.query(on: database).filter(\.$slug == slug).first() else { return nil }
        let published = try await ArticleTagModel.query(on: database).filter(\.$tag.$id == row.requireID())
            .join(ArticleModel.self, on: \ArticleTagModel.$article.$id == \ArticleModel.$id)
            .filter(ArticleModel.self, \.$status == ArticleStatus.published.rawValue).first()
        return published == nil ? nil : row.toCore()
    }

    /// Published articles with a tag, newest first.
    public func tagged(_ tag: Tag, _ request: Paging) async throws -> Paged<ArticleSummary> {
        try await page(published(taggedWith: [tag.slug]), request)
    }

    /// "You might like": the article's stored picks, best first (see `RelatedArticles`).
    public func related(to article: Article) async throws -> [ArticleSummary] {
        try await RelatedArticles(database: database).related(to: article.id)
    }

    /// The entities most written about in the latest `window` published articles, most first.
    public func trendingSubjects(kind: EntityKind, window: Int = 30, limit: Int = 6) async throws -> [EntityRef] {
        let recent = try await published().limit(window).all(\.$id).compactMap { $0 }
        guard !recent.isEmpty else { return [] }
        let links = try await ArticleSubjectModel.query(on: database)
            .filter(\.$article.$id ~~ recent).filter(\.$entityKind == kind.rawValue).all()
        // Ties go to the entity in the most recent story.
        let recency = Dictionary(uniqueKeysWithValues: recent.enumerated().map { ($1, $0) })
        var counts: [UUID: (count: Int, newest: Int)] = [:]
        for link in links {
            let position = recency[link.$article.id] ?? Int.max
            let current = counts[link.entityID] ?? (0, Int.max)
            counts[link.entityID] = (current.count + 1, min(current.newest, position))
        }
        // Then by id, so every build (and every instance) lists them in the same order.
        let top = counts.sorted {
            ($0.value.count, -$0.value.newest, $1.key.uuidString) > ($1.value.count, -$1.value.newest, $0.key.uuidString)
        }.prefix(limit).map(\.key)
        let refs = try await EntityRefs(database: database).resolve(top.map { (kind, $0) })
        return top.compactMap { refs[$0] }
    }

    /// How many published articles there are; for health and sitemaps.
    public func publishedCount() async throws -> Int {
        try await count(published())
    }

    /// Counts by the status column, which the status index holds: Fluent's plain count counts
    /// ids, and on SQLite that reads every matching row, past a long body into its overflow
    /// pages — a fifth of a second a count at 100,000 articles.
    private func count(_ query: QueryBuilder<ArticleModel>) async throws -> Int {
        try await query.copy().count(\.$status)
    }

    // MARK: Helpers

    /// Published articles with any of these entities among their subjects (entity ids are UUIDs,
    /// unique across kinds), each once.
    private func published(about entityIDs: [UUID]) -> QueryBuilder<ArticleModel> {
        published().join(ArticleSubjectModel.self, on: \ArticleModel.$id == \ArticleSubjectModel.$article.$id)
            .filter(ArticleSubjectModel.self, \.$entityID ~~ entityIDs).unique()
    }

    /// Published articles carrying any of these tags, each once.
    private func published(taggedWith slugs: [String]) -> QueryBuilder<ArticleModel> {
        published().join(ArticleTagModel.self, on: \ArticleModel.$id == \ArticleTagModel.$article.$id)
            .join(TagModel.self, on: \ArticleTagModel.$tag.$id == \TagModel.$id)
            .filter(TagModel.self, \.$slug ~~ slugs).unique()
    }

    private func published() -> QueryBuilder<ArticleModel> {
        ArticleModel.query(on: database).filter(\.$status == ArticleStatus.published.rawValue)
            .sort(\.$publishedAt, .descending).sort(\.$slug)
    }

    private func summaries(_ query: QueryBuilder<ArticleModel>) async throws -> [ArticleSummary] {
        try await query.with(\.$hero).with(\.$authorLinks) { $0.with(\.$user) }.all().map { try $0.toSummary() }
    }

    private func page(_ query: QueryBuilder<ArticleModel>, _ request: Paging) async throws -> Paged<ArticleSummary> {
        let total = try await count(query)
        let items = try await summaries(query.range(request.offset..<(request.offset + request.per)))
        return Paged(items: items, page: request.page, per: request.per, total: total)
    }
}
