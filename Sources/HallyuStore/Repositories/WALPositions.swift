import Fluent
import SQLKit

/// Where PostgreSQL's write-ahead log stands, in bytes from its start: on the primary, how far
/// records have been inserted; on a streaming replica, how far it has replayed. A replica that has replayed
/// a position shows every transaction that had committed on the primary when it was read.
public struct WALPositions: Sendable {
    /// What a server said about itself.
    public enum Standing: Sendable, Equatable {
        /// A replica, replayed up to this position.
        case replica(replayed: Int64)
        /// Not in recovery: a primary (or a replica promoted to one).
        case primary(written: Int64)
    }

    let sql: any SQLDatabase

    public init(database: any Database) throws {
        sql = try CreateEntityNamesAndIndexes.sql(database)
    }

    public init(sql: any SQLDatabase) {
        self.sql = sql
    }

    /// The SQL for the log position now, for an insert that records it (nil on SQLite): the
    /// position records are inserted at, which is past every commit made before, even one whose
    /// record has not yet been written out (`synchronous_commit = off`).
    static func currentPositionSQL(_ sql: any SQLDatabase) -> String? {
        ArticleSearch.isPostgres(sql) ? "(pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint" : nil
    }

    public func standing() async throws -> Standing {
        struct Row: Decodable {
            let recovering: Bool
            let replayed: Int64?
            let written: Int64?
        }
        let row = try await sql.raw(
            """
            SELECT pg_is_in_recovery() AS recovering, \
            CASE WHEN pg_is_in_recovery() THEN (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint END AS replayed, \
            CASE WHEN NOT pg_is_in_recovery() THEN (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint END AS written
            """
        ).first(decoding: Row.self)
        guard let row else { throw StoreError.failure("the server did not say where its log stands") }
        if row.recovering { return .replica(replayed: row.replayed ?? 0) }
        return .primary(written: row.written ?? 0)
    }
}
