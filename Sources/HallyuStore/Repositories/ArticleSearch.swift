import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Full-text search over articles. Each article's title, dek and body text go in as the tokens
/// `SearchTokens` makes (Hangul as syllable pairs). Articles whose title holds every word come
/// first, then those whose dek does, then the rest; within each, the engine's score (bm25 on
/// SQLite, ts_rank_cd on PostgreSQL, both weighing title over dek over body), then the newer
/// article. The tiers keep the order the same on both databases, and sensible in a small
/// newsroom, where bm25's idea of a rare word is shaky. Only published articles are found.
public struct ArticleSearch: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// An article found, with its body so the caller can cut a snippet from it.
    public struct Hit: Sendable {
        public let summary: ArticleSummary
        public let body: String
    }

    /// Puts an article in the index, or replaces what the index held for it.
    public func index(articleID: UUID, title: String, dek: String, body: String) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        let text = MarkdownPlainText.render(Markdown.parse(body))
        let (title, dek, body) = (SearchTokens.indexText(title), SearchTokens.indexText(dek), SearchTokens.indexText(text))
        if Self.isPostgres(sql) {
            try await sql.raw("""
                INSERT INTO article_search (article_id, document) VALUES (\(bind: articleID),
                    setweight(to_tsvector('simple', \(bind: title)), 'A') || setweight(to_tsvector('simple', \(bind: dek)), 'B')
                    || setweight(to_tsvector('simple', \(bind: body)), 'D'))
                ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document
                """).run()
        } else {
            try await remove(articleID: articleID)
            try await sql.raw("""
                INSERT INTO article_search (article_id, title, dek, body)
                VALUES (\(bind: articleID), \(bind: title), \(bind: dek), \(bind: body))
                """).run()
        }
    }

    public func remove(articleID: UUID) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).raw("DELETE FROM article_search WHERE article_id = \(bind: articleID)").run()
    }

    /// Indexes every article again.
    public func reindexAll() async throws {
        for row in try await ArticleModel.query(on: database).all() {
            try await index(articleID: try row.requireID(), title: row.title, dek: row.dek, body: row.body)
        }
    }

    /// Published articles matching every word of the query, best first.
    public func search(_ query: SearchQuery, _ paging: Paging) async throws -> Paged<Hit> {
        guard !query.isEmpty else { return Paged(items: [], page: paging.page, per: paging.per, total: 0) }
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        let published = ArticleStatus.published.rawValue
        let total: Int
        let ids: [UUID]
        if Self.isPostgres(sql) {
            let match = SQLQueryString("s.document @@ to_tsquery('simple', \(bind: query.tsquery()))")
            total = try await sql.raw("""
                SELECT count(*) AS total FROM article_search s JOIN articles a ON a.id = s.article_id
                WHERE \(match) AND a.status = \(bind: published)
                """).first()?.decode(column: "total", as: Int.self) ?? 0
            ids = try await sql.raw("""
                SELECT s.article_id AS id FROM article_search s JOIN articles a ON a.id = s.article_id
                WHERE \(match) AND a.status = \(bind: published)
                ORDER BY (s.document @@ to_tsquery('simple', \(bind: query.tsquery(weight: "A")))) DESC,
                    (s.document @@ to_tsquery('simple', \(bind: query.tsquery(weight: "B")))) DESC,
                    round(ts_rank_cd(s.document, to_tsquery('simple', \(bind: query.tsquery())))::numeric, 4) DESC,
                    a.published_at DESC, a.slug
                LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
        } else {
            total = try await sql.raw("""
                SELECT count(*) AS total FROM article_search JOIN articles a ON a.id = article_search.article_id
                WHERE article_search MATCH \(bind: query.fts5) AND a.status = \(bind: published)
                """).first()?.decode(column: "total", as: Int.self) ?? 0
            ids = try await sql.raw("""
                SELECT article_search.article_id AS id FROM article_search JOIN articles a ON a.id = article_search.article_id
                WHERE article_search MATCH \(bind: query.fts5) AND a.status = \(bind: published)
                ORDER BY article_search.article_id IN (SELECT article_id FROM article_search
                        WHERE article_search MATCH \(bind: query.fts5(column: "title"))) DESC,
                    article_search.article_id IN (SELECT article_id FROM article_search
                        WHERE article_search MATCH \(bind: query.fts5(column: "dek"))) DESC,
                    round(bm25(article_search, 0.0, 10.0, 4.0, 1.0), 4), a.published_at DESC, a.slug
                LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
        }
        guard !ids.isEmpty else { return Paged(items: [], page: paging.page, per: paging.per, total: total) }
        let rows = try await ArticleModel.query(on: database).filter(\.$id ~~ ids)
            .with(\.$hero).with(\.$authorLinks) { $0.with(\.$user) }.all()
        let byID = Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.id.map { ($0, row) } })
        let hits = try ids.compactMap { id in try byID[id].map { Hit(summary: try $0.toSummary(), body: $0.body) } }
        return Paged(items: hits, page: paging.page, per: paging.per, total: total)
    }

    static func isPostgres(_ sql: any SQLDatabase) -> Bool {
        sql.dialect.name == "postgresql"
    }
}
