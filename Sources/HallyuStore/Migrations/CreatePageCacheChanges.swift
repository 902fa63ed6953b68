import Fluent
import SQLKit

/// The log through which every process using one database learns what the others changed,
/// so each drops the cached pages built from it, and the listeners' marks of how far each has
/// read it, so a write can wait for every server to have dropped what it changed.
struct CreatePageCacheChanges: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        // An increasing id, so a reader asks only for rows past the last one it saw.
        let id = ArticleSearch.isPostgres(sql) ? "id BIGSERIAL PRIMARY KEY" : "id INTEGER PRIMARY KEY AUTOINCREMENT"
        try await sql.raw(
            """
            CREATE TABLE page_cache_changes (\(unsafeRaw: id), origin TEXT NOT NULL, tags TEXT NOT NULL, \
            created_at DOUBLE PRECISION NOT NULL)
            """
        ).run()
        try await sql.raw(
            """
            CREATE TABLE page_cache_listeners (origin TEXT PRIMARY KEY, applied_id BIGINT NOT NULL, \
            seen_at DOUBLE PRECISION NOT NULL)
            """
        ).run()
    }

    func revert(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        try await sql.drop(table: "page_cache_listeners").run()
        try await sql.drop(table: "page_cache_changes").run()
    }
}
