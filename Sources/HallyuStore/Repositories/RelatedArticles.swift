import Fluent
import Foundation
import HallyuCore
import SQLKit

/// "You might like": each published article's five most related published articles, scored by
/// `RelatedScoring` and stored. When an article is published, changed or unpublished only its
/// neighbours are looked at — the articles sharing an entity or tag with it — never the whole
/// newsroom.
public struct RelatedArticles: Sendable {
    let database: any Database
    public static let size = 5

    public init(database: any Database) {
        self.database = database
    }

    /// The stored picks for an article, best first.
    public func related(to articleID: String) async throws -> [ArticleSummary] {
        let rows = try await RelatedArticleModel.query(on: database).filter(\.$article.$id == UUID(coreID: articleID))
            .sort(\.$score, .descending).all()
        let ids = rows.map(\.$related.id)
        guard !ids.isEmpty else { return [] }
        let summaries = try await ArticleSummaries(database: database).published(ids)
        return ids.compactMap { summaries[$0] }
    }

    /// Brings every list that may change up to date after the article was published, edited or
    /// unpublished: its own, those that held it, and those of its closest neighbours it now beats.
    public func refresh(articleID: UUID) async throws {
        // All the lists change together, or none do; and one refresh at a time, since two
        // (two articles saved at once) may rewrite the same neighbour's list.
        try await database.writeTransaction { database in
            try await database.lockNamed("related-articles")
            try await RelatedArticles(database: database).refreshLists(articleID: articleID)
        }
    }

    // The lists are read and written with plain SQL: this runs on every publication, often for
    // dozens of rows, and building a model for each row cost more than the queries.
    private func refreshLists(articleID: UUID) async throws {
        let sql = try self.sql
        let holders = Set(
            try await sql.raw("SELECT article_id FROM related_articles WHERE related_id = \(bind: articleID)").all()
                .map { try $0.uuid("article_id") })
        guard let (picks, neighbours, source, rarity) = try await best(for: articleID) else {
            try await store([], for: articleID)
            for holder in holders { try await recompute(holder) }
            return
        }
        try await store(picks, for: articleID)
        for holder in holders { try await recompute(holder) }
        // The closest neighbours whose lists it may now enter: those with room, or a weaker fifth pick.
        let others = neighbours.filter { !holders.contains($0.id) }
        guard !others.isEmpty else { return }
        let rows = try await sql.raw(
            """
            SELECT id, article_id, score FROM related_articles WHERE article_id IN \(SQLBind.group(others.map(\.id)))
            """
        ).all()
        var lists: [UUID: [(id: UUID, score: Double)]] = [:]
        for row in rows {
            lists[try row.uuid("article_id"), default: []]
                .append((try row.uuid("id"), try row.decode(column: "score", as: Double.self)))
        }
        var entries: [(article: UUID, score: Double)] = []
        var replaced: [UUID] = []
        for neighbour in others {
            let score = RelatedScoring.score(neighbour.features, source, rarity: rarity)
            guard score > 0 else { continue }
            let current = lists[neighbour.id] ?? []
            if current.count < Self.size {
                entries.append((neighbour.id, score))
            } else if let weakest = current.min(by: { $0.score < $1.score }), weakest.score < score {
                replaced.append(weakest.id)
                entries.append((neighbour.id, score))
            }
        }
        if !replaced.isEmpty { try await sql.raw("DELETE FROM related_articles WHERE id IN \(SQLBind.group(replaced))").run() }
        try await insert(entries.map { (article: $0.article, related: articleID, score: $0.score) })
    }

    /// Every published article's list from scratch: for a new database or an import.
    public func rebuildAll() async throws {
        let ids = try await ArticleModel.query(on: database).filter(\.$status == ArticleStatus.published.rawValue).all(\.$id)
            .compactMap { $0 }
        for id in ids { try await recompute(id) }
    }

    /// One article's own list, from its neighbours.
    func recompute(_ articleID: UUID) async throws {
        try await store(try await best(for: articleID)?.picks ?? [], for: articleID)
    }

    private func store(_ picks: [(id: UUID, score: Double)], for articleID: UUID) async throws {
        try await sql.raw("DELETE FROM related_articles WHERE article_id = \(bind: articleID)").run()
        try await insert(picks.map { (article: articleID, related: $0.id, score: $0.score) })
    }

    private func insert(_ entries: [(article: UUID, related: UUID, score: Double)]) async throws {
        guard !entries.isEmpty else { return }
        let values = entries.map { entry in
            SQLQueryString("(\(bind: UUID()), \(bind: entry.article), \(bind: entry.related), \(bind: entry.score))")
        }
        try await sql.raw(
            """
            INSERT INTO related_articles (id, article_id, related_id, score) VALUES \(values.joined(separator: ", "))
            """
        ).run()
    }

    /// A published article's best picks, its closest neighbours with their features, its own
    /// features and the rarity of what it carries; nil when it is not published.
    ///
    /// Neighbours are found in the link tables, through the keys it carries that at most 5% of
    /// the articles (or `commonKey`) share: a streamer half the newsroom names finds no one worth
    /// showing, and would make this read half the newsroom. They are ranked by the rarity of
    /// what they share, and the best `shortlist` are scored in full.
    private func best(
        for articleID: UUID
    ) async throws
        -> (
            picks: [(id: UUID, score: Double)], neighbours: [(id: UUID, features: RelatedScoring.Features)],
            source: RelatedScoring.Features, rarity: RelatedScoring.Rarity
        )?
    {
        guard let source = try await features(of: [articleID])[articleID] else { return nil }
        let keys = source.subjects.union(source.mentions).union(source.tags)
        let frequencies = try await self.frequencies(of: keys)
        let total = try await sql.raw("SELECT count(*) AS n FROM articles").first()?.decode(column: "n", as: Int.self) ?? 0
        let rarity = RelatedScoring.Rarity(frequencies: frequencies, total: total)
        let searched = keys.filter { (frequencies[$0] ?? 0) <= max(Self.commonKey, total / 20) }
        var partial: [UUID: Double] = [:]
        for link in try await links(to: searched) where link.article != articleID {
            partial[link.article, default: 0] += rarity.weight(link.key)
        }
        let shortlist = partial.sorted { ($0.value, $0.key.coreID) > ($1.value, $1.key.coreID) }.prefix(Self.shortlist).map(\.key)
        let candidateFeatures = try await features(of: Array(shortlist))
        let neighbours = shortlist.compactMap { id in candidateFeatures[id].map { (id: id, features: $0) } }
        return (RelatedScoring.top(Self.size, for: source, among: neighbours, rarity: rarity), neighbours, source, rarity)
    }

    static let commonKey = 50
    static let shortlist = 40

    /// Keys: "e:" + entity id for subjects and mentions, "t:" + tag id for tags.
    private func features(of ids: [UUID]) async throws -> [UUID: RelatedScoring.Features] {
        guard !ids.isEmpty else { return [:] }
        // The status is checked here, not in SQL: given both, SQLite's planner may walk every
        // published article by status instead of looking up the few ids.
        let rows = try await sql.raw(
            """
            SELECT id, title, published_at, status FROM articles WHERE id IN \(SQLBind.group(ids))
            """
        ).all().filter { try $0.decode(column: "status", as: String.self) == ArticleStatus.published.rawValue }
        var keys: [UUID: (subjects: Set<String>, mentions: Set<String>, tags: Set<String>)] = [:]
        for link in try await links(of: ids) {
            switch link.role {
            case "s": keys[link.article, default: ([], [], [])].subjects.insert(link.key)
            case "m": keys[link.article, default: ([], [], [])].mentions.insert(link.key)
            default: keys[link.article, default: ([], [], [])].tags.insert(link.key)
            }
        }
        var result: [UUID: RelatedScoring.Features] = [:]
        for row in rows {
            let id = try row.uuid("id")
            let published =
                try row.decodeNil(column: "published_at")
                ? Date(timeIntervalSince1970: 0)
                : try row.decode(column: "published_at", as: Date.self)
            let own = keys[id] ?? ([], [], [])
            result[id] = RelatedScoring.Features(
                subjects: own.subjects, mentions: own.mentions, tags: own.tags,
                title: try row.decode(column: "title", as: String.self), publishedAt: published)
        }
        return result
    }

    private struct Link {
        let article: UUID
        let key: String
        let role: String
    }

    /// Every subject, mention and tag link of these articles.
    private func links(of articles: [UUID]) async throws -> [Link] {
        try await linkRows(
            SQLQueryString(
                """
                SELECT article_id, entity_id AS key_id, 's' AS role FROM article_subjects WHERE article_id IN \(SQLBind.group(articles))
                UNION ALL SELECT article_id, entity_id, 'm' FROM article_mentions WHERE article_id IN \(SQLBind.group(articles))
                UNION ALL SELECT article_id, tag_id, 't' FROM article_tags WHERE article_id IN \(SQLBind.group(articles))
                """))
    }

    /// The links of published articles to these keys.
    private func links(to keys: Set<String>) async throws -> [Link] {
        let entities = keys.filter { $0.hasPrefix("e:") }.compactMap { UUID(uuidString: String($0.dropFirst(2))) }
        let tags = keys.filter { $0.hasPrefix("t:") }.compactMap { UUID(uuidString: String($0.dropFirst(2))) }
        guard !entities.isEmpty || !tags.isEmpty else { return [] }
        let published = ArticleStatus.published.rawValue
        // An empty IN list is not SQL; a key no row has stands in.
        let none = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))]
        let entityIDs = entities.isEmpty ? none : entities, tagIDs = tags.isEmpty ? none : tags
        // CROSS JOIN keeps SQLite's planner reading the few links first and the articles by id
        // after, not every published article; PostgreSQL plans it as the inner join it is.
        return try await linkRows(
            SQLQueryString(
                """
                SELECT l.article_id, l.key_id, l.role FROM (
                    SELECT article_id, entity_id AS key_id, 's' AS role FROM article_subjects WHERE entity_id IN \(SQLBind.group(entityIDs))
                    UNION ALL SELECT article_id, entity_id, 'm' FROM article_mentions WHERE entity_id IN \(SQLBind.group(entityIDs))
                    UNION ALL SELECT article_id, tag_id, 't' FROM article_tags WHERE tag_id IN \(SQLBind.group(tagIDs))
                ) l CROSS JOIN articles a WHERE a.id = l.article_id AND a.status = \(bind: published) AND NOT a.is_page
                """))
    }

    private func linkRows(_ query: SQLQueryString) async throws -> [Link] {
        try await sql.raw(query).all().map { row in
            let role = try row.decode(column: "role", as: String.self)
            let key = try row.id("key_id")
            return Link(article: try row.uuid("article_id"), key: (role == "t" ? "t:" : "e:") + key, role: role)
        }
    }

    /// How many articles carry each key. Drafts count too: that spares reading an article row
    /// for every link of a tag half the newsroom carries, and a newsroom's few drafts barely
    /// move a rarity.
    private func frequencies(of keys: Set<String>) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        guard !keys.isEmpty else { return counts }
        let entities = keys.filter { $0.hasPrefix("e:") }.compactMap { UUID(uuidString: String($0.dropFirst(2))) }
        let tags = keys.filter { $0.hasPrefix("t:") }.compactMap { UUID(uuidString: String($0.dropFirst(2))) }
        for (table, column, prefix, ids) in [
            ("article_subjects", "entity_id", "e:", entities), ("article_mentions", "entity_id", "e:", entities),
            ("article_tags", "tag_id", "t:", tags),
        ] where !ids.isEmpty {
            let rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: column) AS key_id, count(*) AS total FROM \(unsafeRaw: table)
                WHERE \(unsafeRaw: column) IN \(SQLBind.group(ids)) GROUP BY \(unsafeRaw: column)
                """
            ).all()
            for row in rows {
                counts[prefix + (try row.id("key_id")), default: 0] += try row.decode(column: "total", as: Int.self)
            }
        }
        return counts
    }

    private var sql: any SQLDatabase {
        get throws { try CreateEntityNamesAndIndexes.sql(database) }
    }
}
