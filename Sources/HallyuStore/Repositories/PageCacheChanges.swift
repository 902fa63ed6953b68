import Fluent
import Foundation
import SQLKit

/// The shared log of what writes changed, as cache tags (`CacheChange.logged` in the App).
/// Each process writes its own changes and reads the others'.
public struct PageCacheChanges: Sendable {
    /// One logged change.
    public struct Row: Sendable, Equatable {
        public let id: Int64
        public let origin: String
        public let tags: String
        /// Where the primary's log stood when the change was logged, after the write it tells
        /// of had committed (PostgreSQL; nil on SQLite). A replica that has replayed this far
        /// shows the write.
        public let walPosition: Int64?
    }

    /// A logged change's id and log position.
    public struct Logged: Sendable, Equatable {
        public let id: Int64
        public let walPosition: Int64?
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Logs a change made by `origin` (the writing process's id) and returns its id and where
    /// the primary's log stood. Ids
    /// become visible in order: SQLite has one writer at a time, and on PostgreSQL the insert
    /// holds a lock that other inserts wait for, so a reader that has seen an id has seen every
    /// smaller one (a sequence alone hands out ids before their rows commit).
    public func record(origin: String, tags: String, at date: Date = Date()) async throws -> Logged {
        struct Made: Decodable {
            let id: Int64
            let wal_position: Int64?
        }
        return try await database.writeTransaction { transaction in
            let sql = try CreateEntityNamesAndIndexes.sql(transaction)
            if ArticleSearch.isPostgres(sql) {
                try await sql.raw("LOCK TABLE page_cache_changes IN SHARE ROW EXCLUSIVE MODE").run()
            }
            let position = WALPositions.currentPositionSQL(sql).map { SQLRaw($0) as any SQLExpression } ?? SQLLiteral.null
            let made = try await sql.insert(into: "page_cache_changes")
                .columns("origin", "tags", "created_at", "wal_position")
                .values(SQLBind(origin), SQLBind(tags), SQLBind(date.timeIntervalSince1970), position)
                .returning("id", "wal_position")
                .first(decoding: Made.self)
            guard let made else { throw StoreError.failure("the change log did not return an id") }
            return Logged(id: made.id, walPosition: made.wal_position)
        }
    }

    /// The newest row's id, where a process starts reading (0 for an empty log).
    public func latestID() async throws -> Int64 {
        struct Latest: Decodable { let latest: Int64? }
        let row = try await sql().raw("SELECT MAX(id) AS latest FROM page_cache_changes").first(decoding: Latest.self)
        return row?.latest ?? 0
    }

    /// Rows after `id`, oldest first, at most `limit` of them.
    public func after(_ id: Int64, limit: Int = 500) async throws -> [Row] {
        struct Stored: Decodable {
            let id: Int64
            let origin: String
            let tags: String
            let wal_position: Int64?
        }
        return try await sql().select().columns("id", "origin", "tags", "wal_position").from("page_cache_changes")
            .where(SQLColumn("id"), .greaterThan, SQLBind(id)).orderBy("id").limit(limit)
            .all(decoding: Stored.self)
            .map { Row(id: $0.id, origin: $0.origin, tags: $0.tags, walPosition: $0.wal_position) }
    }

    /// Forgets rows older than `date`; every process has read them long before.
    public func prune(before date: Date) async throws {
        try await sql().delete(from: "page_cache_changes").where(SQLColumn("created_at"), .lessThan, SQLBind(date.timeIntervalSince1970)).run()
    }

    /// A listening process's mark: it has applied every change up to `id`, as of `date`.
    public func markApplied(origin: String, through id: Int64, at date: Date = Date()) async throws {
        try await sql().insert(into: "page_cache_listeners")
            .columns("origin", "applied_id", "seen_at")
            .values(SQLBind(origin), SQLBind(id), SQLBind(date.timeIntervalSince1970))
            .onConflict(with: ["origin"]) { $0.set(excludedValueOf: "applied_id").set(excludedValueOf: "seen_at") }
            .run()
    }

    /// How many listening processes other than `origin` have not yet applied the change `id`.
    public func lagging(behind id: Int64, except origin: String) async throws -> Int {
        struct Count: Decodable { let lagging: Int }
        let row = try await sql().select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "lagging")
            .from("page_cache_listeners")
            .where(SQLColumn("origin"), .notEqual, SQLBind(origin))
            .where(SQLColumn("applied_id"), .lessThan, SQLBind(id))
            .first(decoding: Count.self)
        return row?.lagging ?? 0
    }

    /// Strikes off the listeners other than `origin` that have not applied the change `id`;
    /// returns how many there were.
    @discardableResult
    public func forget(behind id: Int64, except origin: String) async throws -> Int {
        let lagging = try await lagging(behind: id, except: origin)
        try await sql().delete(from: "page_cache_listeners")
            .where(SQLColumn("origin"), .notEqual, SQLBind(origin))
            .where(SQLColumn("applied_id"), .lessThan, SQLBind(id))
            .run()
        return lagging
    }

    /// A listening process stopping: writes no longer wait for it.
    public func forget(listener origin: String) async throws {
        try await sql().delete(from: "page_cache_listeners").where(SQLColumn("origin"), .equal, SQLBind(origin)).run()
    }

    private func sql() throws -> any SQLDatabase {
        try CreateEntityNamesAndIndexes.sql(database)
    }
}
