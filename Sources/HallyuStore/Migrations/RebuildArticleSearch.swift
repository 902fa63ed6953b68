import Fluent
import SQLKit

/// The search index as it is now: published articles only, each with its body's plain text for
/// snippets and its publication time, so the newest matches are found without reading the
/// others. On SQLite the FTS5 table keeps the index alone (contentless) and its row number is
/// the publication time in milliseconds; `article_search_text` maps rows to articles. On
/// PostgreSQL one table holds all of it, with an index on the time.
struct RebuildArticleSearch: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        try await sql.raw("DROP TABLE article_search").run()
        if ArticleSearch.isPostgres(sql) {
            try await sql.raw(
                """
                CREATE TABLE article_search (
                    article_id UUID PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    published_at TIMESTAMPTZ NOT NULL,
                    text TEXT NOT NULL,
                    document TSVECTOR NOT NULL)
                """
            ).run()
            try await sql.raw("CREATE INDEX article_search_document ON article_search USING GIN (document)").run()
            try await sql.raw("CREATE INDEX article_search_published ON article_search (published_at DESC, article_id DESC)").run()
        } else {
            try await sql.raw(
                """
                CREATE TABLE article_search_text (
                    row INTEGER PRIMARY KEY,
                    article_id BLOB NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
                    text TEXT NOT NULL)
                """
            ).run()
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, dek, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')
                """
            ).run()
            // However the text row goes (a deleted article cascades), its index entry goes with it.
            try await sql.raw(
                """
                CREATE TRIGGER article_search_text_deleted AFTER DELETE ON article_search_text
                BEGIN DELETE FROM article_search WHERE rowid = old.row; END
                """
            ).run()
        }
        try await ArticleSearch(database: database).reindexAll()
    }

    func revert(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        try await sql.raw("DROP TABLE article_search").run()
        if !ArticleSearch.isPostgres(sql) { try await sql.raw("DROP TABLE article_search_text").run() }
        try await CreateArticleSearch().prepare(on: database)
    }
}
