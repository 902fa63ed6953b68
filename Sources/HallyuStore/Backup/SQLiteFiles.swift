import Foundation
import SQLiteKit
import VaporCSQLite

/// A SQLite file handled as a whole, on a connection of its own beside the server's: a
/// consistent copy taken while the site keeps writing, and what a file holds.
public enum SQLiteFiles {
    /// Writes a copy of the database at `path` as it stood at one moment to `destination`
    /// (`VACUUM INTO`: one read transaction, so writes committed meanwhile are either all in the
    /// copy or all out; the copy is compacted and needs no write-ahead log).
    public static func snapshot(of path: String, into destination: String) throws {
        try withConnection(path) { handle in
            try execute(handle, "VACUUM INTO '\(destination.replacingOccurrences(of: "'", with: "''"))'")
        }
    }

    /// How many rows each table holds; a table the file does not have counts as absent.
    public static func rowCounts(in path: String, tables: [String]) throws -> [String: Int] {
        try withConnection(path) { handle in
            var counts: [String: Int] = [:]
            for table in tables where try exists(handle, table) {
                counts[table] = try count(handle, "SELECT COUNT(*) FROM \"\(table)\"")
            }
            return counts
        }
    }

    /// The media files the database names: uploads and their resized copies.
    public static func mediaFiles(in path: String) throws -> [String] {
        try withConnection(path) { handle in
            guard try exists(handle, "media") else { return [] }
            var statement: OpaquePointer?
            let sql = "SELECT file_name, variants FROM media WHERE file_name IS NOT NULL ORDER BY file_name"
            guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
                throw StoreError.failure(String(cString: sqlite_nio_sqlite3_errmsg(handle)))
            }
            defer { sqlite_nio_sqlite3_finalize(statement) }
            var names: [String] = []
            while sqlite_nio_sqlite3_step(statement) == SQLITE_ROW {
                guard let text = sqlite_nio_sqlite3_column_text(statement, 0) else { continue }
                let variants = sqlite_nio_sqlite3_column_text(statement, 1).map { String(cString: $0) }
                names += MediaFileNames.of(String(cString: text), variants: variants)
            }
            return names
        }
    }

    /// Whether a file holds a newsroom with anything in it: a file that is missing, empty, or
    /// only migrated is empty.
    public static func hasContent(_ path: String, tables: [String]) throws -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else { return false }
        return try rowCounts(in: path, tables: tables).values.contains { $0 > 0 }
    }

    private static func withConnection<T>(_ path: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        var opened: OpaquePointer?
        let status = sqlite_nio_sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle = opened else {
            let message = opened.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(opened)
            throw StoreError.failure("cannot open \(path): \(message)")
        }
        defer { sqlite_nio_sqlite3_close(handle) }
        // A writer's commit holds the file for a moment; wait for it.
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        return try body(handle)
    }

    private static func execute(_ handle: OpaquePointer, _ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite_nio_sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite_nio_sqlite3_free(error)
            throw StoreError.failure(message)
        }
    }

    private static func exists(_ handle: OpaquePointer, _ table: String) throws -> Bool {
        try count(handle, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '\(table.replacingOccurrences(of: "'", with: "''"))'")
            > 0
    }

    private static func count(_ handle: OpaquePointer, _ sql: String) throws -> Int {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw StoreError.failure(String(cString: sqlite_nio_sqlite3_errmsg(handle)))
        }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        guard sqlite_nio_sqlite3_step(statement) == SQLITE_ROW else { throw StoreError.failure(String(cString: sqlite_nio_sqlite3_errmsg(handle))) }
        return Int(sqlite_nio_sqlite3_column_int64(statement, 0))
    }
}
