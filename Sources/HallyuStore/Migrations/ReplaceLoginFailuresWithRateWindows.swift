import Fluent
import SQLKit

/// The counts behind every limit (sign-ins, comments, votes, API tokens), kept where all
/// server processes on one database share them; they replace the table of failed sign-ins,
/// whose read-then-write check two processes could pass at once.
struct ReplaceLoginFailuresWithRateWindows: AsyncMigration {
    static let loginFailures = "login_failures"

    func prepare(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        try await sql.raw(
            """
            CREATE TABLE rate_windows (limit_key TEXT PRIMARY KEY, opened_at DOUBLE PRECISION NOT NULL, \
            taken INTEGER NOT NULL)
            """
        ).run()
        try await sql.raw("CREATE INDEX rate_windows_opened ON rate_windows (opened_at)").run()
        try await database.schema(Self.loginFailures).delete()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Self.loginFailures)
            .id()
            .field("account", .string, .required)
            .field("address_hash", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await CreateEntityNamesAndIndexes.create(
            CreateAccounts.indexes.filter { $0.table == Self.loginFailures }, on: database)
        try await CreateEntityNamesAndIndexes.sql(database).drop(table: "rate_windows").run()
    }
}
