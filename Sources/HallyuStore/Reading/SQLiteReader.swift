import Foundation
import NIOConcurrencyHelpers
import SQLiteKit

/// Reads for the public pages of a site kept in a SQLite file, on connections of its own that
/// run each query on the asking thread with statements prepared once (`SQLiteReadConnection`).
/// Writes, and reads that must see a transaction's own writes, keep to Fluent's connections.
///
/// In write-ahead-log mode a reader never waits for the writer and sees every commit made before
/// its statement began, so a page read here is never older than an acknowledged write.
public final class SQLiteReader: Sendable {
    private let path: String
    private let cacheKibibytes: Int
    private let idle = NIOLockedValueBox<(connections: [SQLiteReadConnection], closed: Bool, lent: Int)>(([], false, 0))
    /// Connections kept between reads: about one per thread that runs requests, with room to spare.
    private static let idleLimit = max(8, 2 * ProcessInfo.processInfo.activeProcessorCount)

    /// Puts a new database file in write-ahead-log mode before anything else opens it.
    public static func useWriteAheadLog(path: String) throws {
        try SQLiteReadConnection.useWriteAheadLog(path: path)
    }

    /// Removes a database file with its journal, log and shared-memory files, for a database
    /// that lived only as long as the site or test that made it.
    public static func removeFiles(of path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    public init(path: String, cacheKibibytes: Int) {
        self.path = path
        self.cacheKibibytes = cacheKibibytes
    }

    /// An `SQLDatabase` whose queries this reader runs: for reading only, outside transactions.
    public func database(logger: Logger, on eventLoop: any EventLoop) -> any SQLDatabase {
        SQLiteReadDatabase(reader: self, logger: logger, eventLoop: eventLoop)
    }

    /// Connections reading now, and those kept open for the next reads. (Reads never wait: a
    /// read that finds none idle opens another.)
    public var connections: (inUse: Int, idle: Int) {
        idle.withLockedValue { ($0.lent, $0.connections.count) }
    }

    /// Bytes SQLite holds for the idle connections: page caches (each up to `cacheKibibytes`),
    /// prepared statements (up to `SQLiteReadConnection.statementLimit` each) and schemas. SQLite's
    /// process-wide count is compiled out of the driver's build; this is read per connection.
    public var idleMemoryBytes: Int {
        idle.withLockedValue { $0.connections.reduce(0) { $0 + $1.memoryBytes } }
    }

    /// Closes the idle connections; reads after this fail.
    public func close() {
        idle.withLockedValue { state in
            state.closed = true
            state.connections = []
        }
    }

    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteReadRow] {
        let lent = try idle.withLockedValue { state -> SQLiteReadConnection? in
            if state.closed { throw StoreError.failure("the database is closed") }
            state.lent += 1
            return state.connections.popLast()
        }
        let connection: SQLiteReadConnection
        do {
            connection = try lent ?? SQLiteReadConnection(path: path, cacheKibibytes: cacheKibibytes)
        } catch {
            idle.withLockedValue { $0.lent -= 1 }
            throw error
        }
        defer {
            idle.withLockedValue { state in
                state.lent -= 1
                if !state.closed, state.connections.count < Self.idleLimit { state.connections.append(connection) }
            }
        }
        return try connection.rows(sql, binds)
    }
}

/// `SQLiteReader` as SQLKit's database, so the store's plain-SQL readers run on it unchanged.
private struct SQLiteReadDatabase: SQLDatabase {
    let reader: SQLiteReader
    let logger: Logger
    let eventLoop: any EventLoop
    var dialect: any SQLDialect { SQLiteDialect() }
    var version: (any SQLDatabaseReportedVersion)? { nil }
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        let encoder = SQLiteDataEncoder()
        for row in try reader.rows(sql, try binds.map { try encoder.encode($0) }) { onRow(row) }
    }
}
