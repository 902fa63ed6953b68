import FluentKit
import Foundation
import SQLKit
import SQLiteKit

extension Database {
    /// A transaction that writes. On SQLite, one that finds the database locked by another
    /// connection's write is rolled back and run again after a short pause, up to about ten
    /// seconds. SQLite refuses at once, without waiting, a transaction that read before its
    /// first write when another connection wrote meanwhile ("database is locked"): two editors
    /// saving at the same moment got a 500 (found by the soak test, BENCHMARKS.md).
    ///
    /// Why not take the lock first, as `BEGIN IMMEDIATE` would: a connection waiting for the
    /// lock spins on one of the few threads every SQLite call runs on, and two such waiters left
    /// the holder no thread to finish on. A pause here waits without holding a thread.
    ///
    /// Only the outermost transaction runs again; on PostgreSQL it is an ordinary transaction.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction, let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        var attempt = 0
        while true {
            do {
                return try await transaction(body)
            } catch let error as SQLiteError where Self.isLocked(error) && attempt < 200 {
                attempt += 1
                // 1 ms growing to 50 ms, spread so waiting writers do not all come back together.
                let pause = Double(min(attempt, 50)) * Double.random(in: 0.5...1.5)
                try await Task.sleep(for: .milliseconds(pause))
            }
        }
    }

    private static func isLocked(_ error: SQLiteError) -> Bool {
        switch error.reason {
        case .busy, .busyInSnapshot, .locked: true
        default: false
        }
    }
}

extension Database {
    /// Inside a write transaction: holds `table`'s row `id` until the transaction ends, so a
    /// second transaction replacing the same dependent rows waits for the first instead of
    /// inserting beside it and colliding on a unique key. PostgreSQL locks the row; SQLite has
    /// one writer at a time already.
    public func lockRow(of table: String, id: UUID) async throws {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT 1 FROM \(ident: table) WHERE id = \(bind: id) FOR UPDATE").run()
    }

    /// Inside a write transaction: waits until no other transaction holds `name`, then holds it
    /// until this one ends, for work that rewrites rows of many records at once (the related
    /// lists of an article's neighbours). PostgreSQL's transaction-scoped advisory lock, one per
    /// schema; SQLite has one writer at a time already.
    public func lockNamed(_ name: String) async throws {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: "hallyu.") || current_schema() || \(bind: "." + name)))").run()
    }
}
