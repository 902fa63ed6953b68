import Fluent
import SQLKit

/// Questions about the database itself rather than what it holds.
public struct DatabaseChecks: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Throws unless the database answers a query now.
    public func answers() async throws {
        try await CreateEntityNamesAndIndexes.sql(database).raw("SELECT 1").run()
    }

    /// How many articles and people have slugs starting with `prefix`: the benchmark newsroom
    /// finds what it made before by its `bench-` slugs.
    public func slugCount(prefix: String) async throws -> (articles: Int, people: Int) {
        (
            try await ArticleModel.query(on: database).filter(\.$slug =~ prefix).count(),
            try await PersonModel.query(on: database).filter(\.$slug =~ prefix).count()
        )
    }

    /// SQLite's page cache for this connection, in kibibytes; nothing on PostgreSQL.
    public func setSQLiteCache(kibibytes: Int) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        guard !ArticleSearch.isPostgres(sql) else { return }
        try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(kibibytes))").run()
    }

    /// Write-ahead logging with every commit synced to disk, for a SQLite file a server serves.
    public func useSQLiteWriteAheadLog() async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        guard !ArticleSearch.isPostgres(sql) else { return }
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA synchronous = FULL").run()
    }
}
