import Fluent
import SQLKit

/// The article search index: an FTS5 table on SQLite, a weighted tsvector with a GIN index on
/// PostgreSQL. Both hold the tokens `SearchTokens` makes, so both answer the same queries.
struct CreateArticleSearch: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        if ArticleSearch.isPostgres(sql) {
            try await sql.raw(
                """
                CREATE TABLE article_search (
                    article_id UUID PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                    document TSVECTOR NOT NULL)
                """
            ).run()
            try await sql.raw("CREATE INDEX article_search_document ON article_search USING GIN (document)").run()
        } else {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE article_search USING fts5(
                    article_id UNINDEXED, title, dek, body, tokenize = 'unicode61 remove_diacritics 2')
                """
            ).run()
        }
        // Filled by `RebuildArticleSearch`, which replaced these tables.
    }

    func revert(on database: Database) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).raw("DROP TABLE article_search").run()
    }
}
