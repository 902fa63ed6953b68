import CSQLiteSettings
import Foundation
import NIOCore
import SQLiteKit
import VaporCSQLite

/// One connection of `SQLiteReader`: reads only, on the thread that asks, with every statement
/// it has run kept prepared. SQLiteNIO prepares each statement anew, runs it on a thread pool and
/// hands every row back to an event loop; for a reader page's half-dozen short queries those hops
/// and the preparing cost more than the reading.
///
/// Not thread-safe: `SQLiteReader` lends a connection to one caller at a time.
final class SQLiteReadConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private var statements: [String: PreparedStatement] = [:]
    /// Statements kept at most, so a connection's memory stays bounded; past it the one used
    /// longest ago goes (new ones are mostly `IN` lists of a length not seen before).
    private static let statementLimit = 128
    private var uses = 0

    private final class PreparedStatement {
        let handle: OpaquePointer
        let columns: SQLiteReadRow.Columns
        var lastUse = 0

        init(handle: OpaquePointer) {
            self.handle = handle
            let count = sqlite_nio_sqlite3_column_count(handle)
            columns = SQLiteReadRow.Columns(
                names: (0..<count).map { index in
                    sqlite_nio_sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
                })
        }

        deinit { sqlite_nio_sqlite3_finalize(handle) }
    }

    /// Opens `path` for reading; `cacheKibibytes` is SQLite's page cache for this connection.
    init(path: String, cacheKibibytes: Int) throws {
        var opened: OpaquePointer?
        // Read-write, not read-only: a read-only connection cannot recover a write-ahead log a
        // crashed writer left behind. `query_only` below keeps it from ever writing.
        let status = sqlite_nio_sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(opened)
            throw StoreError.failure("cannot open the database for reading: \(message)")
        }
        handle = opened
        // A writer's commit holds the file briefly; wait for it rather than fail the page.
        sqlite_nio_sqlite3_busy_timeout(handle, 5_000)
        try execute("PRAGMA query_only = 1")
        // SQLite re-prepares a statement after a new value is bound wherever its plan might
        // depend on the value, which for these queries was nearly every run; plans made without
        // looking at bound values serve every value alike.
        try check(hallyu_sqlite_keep_plans(UnsafeMutableRawPointer(handle)))
        try execute("PRAGMA cache_size = -\(cacheKibibytes)")
    }

    /// Bytes SQLite holds for this connection now: its page cache, its prepared statements and
    /// the schema it parsed.
    var memoryBytes: Int {
        [SQLITE_DBSTATUS_CACHE_USED, SQLITE_DBSTATUS_STMT_USED, SQLITE_DBSTATUS_SCHEMA_USED].reduce(0) { total, item in
            var current: Int32 = 0
            var highest: Int32 = 0
            guard sqlite_nio_sqlite3_db_status(handle, item, &current, &highest, 0) == SQLITE_OK else { return total }
            return total + Int(current)
        }
    }

    deinit {
        statements.removeAll()
        sqlite_nio_sqlite3_close(handle)
    }

    /// The rows `sql` gives with `binds`. Each statement reads its own snapshot of the database,
    /// so it sees every write committed before it began.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteReadRow] {
        let statement = try prepared(sql)
        defer {
            sqlite_nio_sqlite3_reset(statement.handle)
            sqlite_nio_sqlite3_clear_bindings(statement.handle)
        }
        for (offset, bind) in binds.enumerated() {
            try check(bind.bind(to: statement.handle, at: Int32(offset + 1)))
        }
        var rows: [SQLiteReadRow] = []
        let width = Int32(statement.columns.names.count)
        while true {
            let step = sqlite_nio_sqlite3_step(statement.handle)
            if step == SQLITE_DONE { return rows }
            guard step == SQLITE_ROW else { throw failure(step) }
            var values: [SQLiteData] = []
            values.reserveCapacity(Int(width))
            for column in 0..<width { values.append(try Self.value(statement.handle, column)) }
            rows.append(SQLiteReadRow(columns: statement.columns, values: values))
        }
    }

    private func prepared(_ sql: String) throws -> PreparedStatement {
        uses += 1
        if let known = statements[sql] {
            known.lastUse = uses
            return known
        }
        var made: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &made, nil)
        guard status == SQLITE_OK, let made else { throw failure(status) }
        if statements.count >= Self.statementLimit, let oldest = statements.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            statements[oldest] = nil
        }
        let statement = PreparedStatement(handle: made)
        statement.lastUse = uses
        statements[sql] = statement
        return statement
    }

    /// Puts a new or unused database file in write-ahead-log mode, which the file keeps: readers
    /// then never wait for a writer's commit (an in-memory site's temporary file, tests).
    static func useWriteAheadLog(path: String) throws {
        var opened: OpaquePointer?
        let status = sqlite_nio_sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        defer { sqlite_nio_sqlite3_close(opened) }
        guard status == SQLITE_OK, let opened else { throw StoreError.failure("cannot open \(path)") }
        guard sqlite_nio_sqlite3_exec(opened, "PRAGMA journal_mode = WAL", nil, nil, nil) == SQLITE_OK else {
            throw StoreError.failure("cannot put \(path) in write-ahead-log mode: \(String(cString: sqlite_nio_sqlite3_errmsg(opened)))")
        }
    }

    private func execute(_ sql: String) throws {
        try check(sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil))
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK else { throw failure(status) }
    }

    private func failure(_ status: Int32) -> StoreError {
        .failure("SQLite \(status): \(String(cString: sqlite_nio_sqlite3_errmsg(handle)))")
    }

    private static func value(_ statement: OpaquePointer, _ column: Int32) throws -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT:
            return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else {
                throw StoreError.failure("SQLite gave no text for a text column (out of memory)")
            }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: count))
            }
            return .blob(buffer)
        default:
            return .null
        }
    }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private extension SQLiteData {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .integer(let value):
            return sqlite_nio_sqlite3_bind_int64(statement, index, Int64(value))
        case .float(let value):
            return sqlite_nio_sqlite3_bind_double(statement, index, value)
        case .text(let value):
            return sqlite_nio_sqlite3_bind_text64(statement, index, value, UInt64(value.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let value):
            return value.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient)
            }
        case .null:
            return sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }
}
