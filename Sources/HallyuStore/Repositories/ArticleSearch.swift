import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Full-text search over published articles. Each one's title, dek and body text go in as the
/// tokens `SearchTokens` makes (Hangul as syllable pairs), with the body's plain text kept
/// beside them for snippets. Articles whose title holds every word come first, then those whose
/// dek does, then the rest; within each, the engine's score (bm25 on SQLite, ts_rank_cd on
/// PostgreSQL, both weighing title over dek over body), then the newer article. The tiers keep
/// the order the same on both databases, and sensible in a small newsroom, where bm25's idea of
/// a rare word is shaky.
///
/// Only the newest `window` matches are ranked: a word nearly every article holds would
/// otherwise make each search score the whole newsroom, and readers of news want the recent
/// ones among them anyway. Both engines find the newest matches without reading the rest —
/// SQLite because an article's index row number is its publication time, PostgreSQL through an
/// index on that time.
public struct ArticleSearch: Sendable {
    let database: any Database
    let window: Int
    public static let defaultWindow = 500

    public init(database: any Database, window: Int = Self.defaultWindow) {
        self.database = database
        self.window = max(1, window)
    }

    /// An article found, with its body's plain text to cut a snippet from.
    public struct Hit: Sendable {
        public let summary: ArticleSummary
        public let text: String
    }

    /// A page of the ranked matches; `truncated` when more articles matched than the newest
    /// `window` that were ranked.
    public struct Results: Sendable {
        public let hits: Paged<Hit>
        public let truncated: Bool

        /// No articles, as on a page that searches none.
        public static func none(_ paging: Paging) -> Results {
            Results(hits: Paged(items: [], page: paging.page, per: paging.per, total: 0), truncated: false)
        }
    }

    /// Brings an article's index entry up to date: a published article (`publishedAt` set) is
    /// put in or replaced, any other taken out.
    /// `isNew`: the article has no entry yet, so there is none to take out first.
    public func update(articleID: UUID, title: String, dek: String, body: String, publishedAt: Date?, isNew: Bool = false) async throws {
        let sql = try self.sql
        guard let publishedAt else { return isNew ? () : try await remove(articleID: articleID) }
        let text = MarkdownPlainText.render(Markdown.parse(body))
        let tokens = (title: SearchTokens.indexText(title), dek: SearchTokens.indexText(dek), body: SearchTokens.indexText(text))
        if Self.isPostgres(sql) {
            try await sql.raw(
                """
                INSERT INTO article_search (article_id, published_at, text, document) VALUES (\(bind: articleID),
                    \(bind: publishedAt), \(bind: text),
                    setweight(to_tsvector('simple', \(bind: tokens.title)), 'A') || setweight(to_tsvector('simple', \(bind: tokens.dek)), 'B')
                    || setweight(to_tsvector('simple', \(bind: tokens.body)), 'D'))
                ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at, text = EXCLUDED.text,
                    document = EXCLUDED.document
                """
            ).run()
            return
        }
        if !isNew { try await remove(articleID: articleID) }
        // The row number is the publication time in milliseconds, moved on past any article
        // published in the same millisecond, so the newest matches are the highest rows.
        var row = Int64((publishedAt.timeIntervalSince1970 * 1000).rounded(.down))
        while try await sql.raw("SELECT 1 AS taken FROM article_search_text WHERE row = \(bind: row)").first() != nil { row += 1 }
        try await sql.raw(
            """
            INSERT INTO article_search_text (row, article_id, text) VALUES (\(bind: row), \(bind: articleID), \(bind: text))
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO article_search (rowid, title, dek, body)
            VALUES (\(bind: row), \(bind: tokens.title), \(bind: tokens.dek), \(bind: tokens.body))
            """
        ).run()
    }

    public func remove(articleID: UUID) async throws {
        let sql = try self.sql
        // On SQLite a trigger takes the index entry out with its text row.
        let table = Self.isPostgres(sql) ? "article_search" : "article_search_text"
        try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE article_id = \(bind: articleID)").run()
    }

    /// Indexes every published article again, a few hundred at a time. Reads only the columns
    /// it needs: a migration runs this before later migrations add columns to the model.
    public func reindexAll() async throws {
        let batch = 500
        var offset = 0
        while true {
            let rows = try await ArticleModel.query(on: database).filter(\.$status == ArticleStatus.published.rawValue)
                .field(\.$id).field(\.$title).field(\.$dek).field(\.$body).field(\.$publishedAt)
                .sort(\.$id).range(offset..<(offset + batch)).all()
            for row in rows {
                try await update(
                    articleID: try row.requireID(), title: row.title, dek: row.dek, body: row.body,
                    publishedAt: row.publishedAt ?? Date(timeIntervalSince1970: 0))
            }
            if rows.count < batch { return }
            offset += batch
        }
    }

    /// Published articles matching every word of the query, best first.
    public func search(_ query: SearchQuery, _ paging: Paging) async throws -> Results {
        guard !query.isEmpty else { return .none(paging) }
        let sql = try self.sql
        let (matches, page) =
            Self.isPostgres(sql)
            ? try await postgresPage(query, paging, sql)
            : try await sqlitePage(query, paging, sql)
        let total = min(matches, window)
        guard !page.isEmpty else {
            return Results(
                hits: Paged(items: [], page: paging.page, per: paging.per, total: total),
                truncated: matches > window)
        }
        let summaries = try await ArticleSummaries(database: database).published(page.map(\.id))
        let hits = page.compactMap { found in summaries[found.id].map { Hit(summary: $0, text: found.text) } }
        return Results(hits: Paged(items: hits, page: paging.page, per: paging.per, total: total), truncated: matches > window)
    }

    /// How many articles match (counting to one past the window), and the page's articles with
    /// their text.
    private func sqlitePage(
        _ query: SearchQuery, _ paging: Paging, _ sql: any SQLDatabase
    ) async throws
        -> (Int, [(id: UUID, text: String)])
    {
        let matches =
            try await sql.raw(
                """
                SELECT count(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH \(bind: query.fts5)
                    ORDER BY rowid DESC LIMIT \(bind: window + 1))
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        guard matches > 0 else { return (0, []) }
        // The oldest row ranked: past the window, the newest `window` matches only.
        var lowest = Int64.min
        if matches > window {
            lowest =
                try await sql.raw(
                    """
                    SELECT rowid AS row FROM article_search WHERE article_search MATCH \(bind: query.fts5)
                    ORDER BY rowid DESC LIMIT 1 OFFSET \(bind: window - 1)
                    """
                ).first()?.decode(column: "row", as: Int64.self) ?? Int64.min
        }
        let rows = try await sql.raw(
            """
            SELECT rowid AS row FROM article_search WHERE article_search MATCH \(bind: query.fts5) AND rowid >= \(bind: lowest)
            ORDER BY rowid IN (SELECT rowid FROM article_search
                    WHERE article_search MATCH \(bind: query.fts5(column: "title")) AND rowid >= \(bind: lowest)) DESC,
                rowid IN (SELECT rowid FROM article_search
                    WHERE article_search MATCH \(bind: query.fts5(column: "dek")) AND rowid >= \(bind: lowest)) DESC,
                round(bm25(article_search, 10.0, 4.0, 1.0), 4), rowid DESC
            LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        ).all().map { try $0.decode(column: "row", as: Int64.self) }
        guard !rows.isEmpty else { return (matches, []) }
        let texts = try await sql.raw(
            """
            SELECT row, article_id, text FROM article_search_text WHERE row IN \(SQLBind.group(rows))
            """
        ).all()
        var byRow: [Int64: (id: UUID, text: String)] = [:]
        for text in texts {
            byRow[try text.decode(column: "row", as: Int64.self)] = (
                try text.uuid("article_id"),
                try text.decode(column: "text", as: String.self)
            )
        }
        return (matches, rows.compactMap { byRow[$0] })
    }

    private func postgresPage(
        _ query: SearchQuery, _ paging: Paging, _ sql: any SQLDatabase
    ) async throws
        -> (Int, [(id: UUID, text: String)])
    {
        let match = SQLQueryString("document @@ to_tsquery('simple', \(bind: query.tsquery()))")
        // One pass finds the newest matches (one past the window, to know whether there are
        // more), counts them and ranks the window; the texts are read for the page alone.
        let rows = try await sql.raw(
            """
            WITH recent AS (SELECT article_id, published_at, document FROM article_search WHERE \(match)
                    ORDER BY published_at DESC, article_id DESC LIMIT \(bind: window + 1)),
                numbered AS (SELECT article_id, published_at, document, count(*) OVER () AS matches,
                    row_number() OVER (ORDER BY published_at DESC, article_id DESC) AS position FROM recent)
            SELECT article_id AS id, matches FROM numbered WHERE position <= \(bind: window)
            ORDER BY (document @@ to_tsquery('simple', \(bind: query.tsquery(weight: "A")))) DESC,
                (document @@ to_tsquery('simple', \(bind: query.tsquery(weight: "B")))) DESC,
                round(ts_rank_cd(document, to_tsquery('simple', \(bind: query.tsquery())))::numeric, 4) DESC,
                published_at DESC, article_id DESC
            LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        ).all()
        guard let first = rows.first else {
            // Past the last page: the count alone, for the pager.
            let matches =
                try await sql.raw(
                    """
                    SELECT count(*) AS n FROM (SELECT 1 FROM article_search WHERE \(match) LIMIT \(bind: window + 1)) m
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            return (matches, [])
        }
        let ids = try rows.map { try $0.uuid("id") }
        var texts: [UUID: String] = [:]
        for row in try await sql.raw("SELECT article_id, text FROM article_search WHERE article_id IN \(SQLBind.group(ids))").all() {
            texts[try row.uuid("article_id")] = try row.decode(column: "text", as: String.self)
        }
        return (try first.decode(column: "matches", as: Int.self), ids.compactMap { id in texts[id].map { (id, $0) } })
    }

    private var sql: any SQLDatabase {
        get throws { try CreateEntityNamesAndIndexes.sql(database) }
    }

    static func isPostgres(_ sql: any SQLDatabase) -> Bool {
        sql.dialect.name == "postgresql"
    }
}
