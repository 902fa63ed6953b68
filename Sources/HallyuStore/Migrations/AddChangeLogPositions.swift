import Fluent
import SQLKit

/// Where PostgreSQL's log stood when each change was logged, so a server reading from a replica
/// knows how far the replica must have replayed before it shows what the change touched.
struct AddChangeLogPositions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).raw("ALTER TABLE page_cache_changes ADD COLUMN wal_position BIGINT").run()
    }

    func revert(on database: Database) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).raw("ALTER TABLE page_cache_changes DROP COLUMN wal_position").run()
    }
}
