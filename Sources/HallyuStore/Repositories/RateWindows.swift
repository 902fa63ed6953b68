import Fluent
import Foundation
import SQLKit

/// Counts attempts per key (a kind of limit and who it counts: "comment|{address hash}") in
/// fixed windows that open with a key's first attempt, in the database, so every server process
/// on one database shares one count. Taking a slot is one statement, an upsert that adds one only
/// while the window has room: on PostgreSQL, concurrent upserts of one key wait for each other's
/// row lock and each sees the count the last one left; SQLite has one writer at a time.
public struct RateWindows: Sendable {
    /// A counted attempt, which can be given back when the attempt turns out not to count.
    public struct Slot: Sendable, Equatable {
        public let key: String
        /// When its window opened, in seconds as stored, so giving it back finds the window by
        /// the very value (a `Date` made from it need not give the same bits back).
        let openedAt: Double
        /// How many attempts its window has counted, this one included.
        public let taken: Int

        public var windowOpenedAt: Date { Date(timeIntervalSince1970: openedAt) }

        public init(key: String, windowOpenedAt: Date, taken: Int) {
            self.init(key: key, openedAt: windowOpenedAt.timeIntervalSince1970, taken: taken)
        }

        init(key: String, openedAt: Double, taken: Int) {
            self.key = key
            self.openedAt = openedAt
            self.taken = taken
        }
    }

    public enum Outcome: Sendable, Equatable {
        case admitted(Slot)
        /// The window is full; it opened at this moment.
        case refused(windowOpenedAt: Date)
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Counts one attempt under `key` when fewer than `limit` were counted in its window of
    /// `window` seconds; a window older than that is started afresh at `now`.
    public func take(_ key: String, limit: Int, window: TimeInterval, now: Date) async throws -> Outcome {
        struct Opened: Decodable { let opened_at: Double }
        struct Taken: Decodable {
            let opened_at: Double
            let taken: Int
        }
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        let at = now.timeIntervalSince1970
        let stale = at - window
        let taken = try await sql.raw(
            """
            INSERT INTO rate_windows (limit_key, opened_at, taken) VALUES (\(bind: key), \(bind: at), 1) \
            ON CONFLICT (limit_key) DO UPDATE SET \
            opened_at = CASE WHEN rate_windows.opened_at <= \(bind: stale) THEN excluded.opened_at ELSE rate_windows.opened_at END, \
            taken = CASE WHEN rate_windows.opened_at <= \(bind: stale) THEN 1 ELSE rate_windows.taken + 1 END \
            WHERE rate_windows.opened_at <= \(bind: stale) OR rate_windows.taken < \(bind: limit) \
            RETURNING opened_at, taken
            """
        ).first(decoding: Taken.self)
        if let taken {
            return .admitted(Slot(key: key, openedAt: taken.opened_at, taken: taken.taken))
        }
        let full = try await sql.select().column("opened_at").from("rate_windows")
            .where(SQLColumn("limit_key"), .equal, SQLBind(key)).first(decoding: Opened.self)
        return .refused(windowOpenedAt: Date(timeIntervalSince1970: full?.opened_at ?? at))
    }

    /// Uncounts an attempt that was refused after its slot was taken, or that succeeded where
    /// only failures should count. A window that has since started again is left alone.
    public func giveBack(_ slot: Slot) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        try await sql.update("rate_windows").set(SQLColumn("taken"), to: SQLRaw("taken - 1"))
            .where(SQLColumn("limit_key"), .equal, SQLBind(slot.key))
            .where(SQLColumn("opened_at"), .equal, SQLBind(slot.openedAt))
            .where(SQLColumn("taken"), .greaterThan, SQLLiteral.numeric("0"))
            .run()
    }

    /// Starts the key's count again.
    public func clear(_ key: String) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).delete(from: "rate_windows")
            .where(SQLColumn("limit_key"), .equal, SQLBind(key)).run()
    }

    /// Forgets windows opened before `date`, which no limit looks back to.
    public func forget(openedBefore date: Date) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).delete(from: "rate_windows")
            .where(SQLColumn("opened_at"), .lessThan, SQLBind(date.timeIntervalSince1970)).run()
    }
}
