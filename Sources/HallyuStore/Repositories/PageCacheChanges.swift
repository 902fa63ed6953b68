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
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Logs a change made by `origin` (the writing process's id).
    public func record(origin: String, tags: String, at date: Date = Date()) async throws {
        try await sql().insert(into: "page_cache_changes")
            .columns("origin", "tags", "created_at")
            .values(SQLBind(origin), SQLBind(tags), SQLBind(date.timeIntervalSince1970))
            .run()
    }

    /// The newest row's id, where a process starts reading (0 for an empty log).
    public func latestID() async throws -> Int64 {
        struct Latest: Decodable { let latest: Int64? }
        let row = try await sql().raw("SELECT MAX(id) AS latest FROM page_cache_changes").first(decoding: Latest.self)
        return row?.latest ?? 0
    }

    /// Rows after `id`, oldest first, at most `limit` of them.
    public func after(_ id: Int64, limit: Int = 500) async throws -> [Row] {
        struct Stored: Decodable { let id: Int64; let origin: String; let tags: String }
        return try await sql().select().columns("id", "origin", "tags").from("page_cache_changes")
            .where(SQLColumn("id"), .greaterThan, SQLBind(id)).orderBy("id").limit(limit)
            .all(decoding: Stored.self)
            .map { Row(id: $0.id, origin: $0.origin, tags: $0.tags) }
    }

    /// Forgets rows older than `date`; every process has read them long before.
    public func prune(before date: Date) async throws {
        try await sql().delete(from: "page_cache_changes").where(SQLColumn("created_at"), .lessThan, SQLBind(date.timeIntervalSince1970)).run()
    }

    private func sql() throws -> any SQLDatabase {
        try CreateEntityNamesAndIndexes.sql(database)
    }
}
