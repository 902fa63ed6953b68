import FluentKit
import FluentPostgresDriver
import Foundation
import HallyuStore
import Logging
import NIOPosix
import SQLKit

/// The databases the store and app suites run on: SQLite always, in a file of its own kept in
/// write-ahead-log mode as a served site's is, and PostgreSQL too when `TEST_DATABASE_URL` names
/// one, in a fresh schema. Each is removed afterwards, so tests stay independent and parallel.
public enum TestDatabases {
    /// `TEST_DATABASE_URL`, when it is set to something.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite always; PostgreSQL too when `TEST_DATABASE_URL` is set.
    public static var backends: [String] {
        ["sqlite"] + (postgresURL.map { _ in ["postgres"] } ?? [])
    }

    /// Runs `body` once per backend, each time with a new, empty database.
    public static func each(_ body: (_ backend: String, _ location: DatabaseLocation) async throws -> Void) async throws {
        for backend in backends {
            try await with(backend: backend) { try await body(backend, $0) }
        }
    }

    /// A new, empty database on `backend` ("sqlite" or "postgres") for the length of `body`.
    public static func with(backend: String, _ body: (DatabaseLocation) async throws -> Void) async throws {
        guard backend == "postgres", let url = postgresURL else {
            // A file of our own rather than the driver's `.memory`, which is a temporary file it
            // never removes.
            let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hallyu-test-\(UUID().uuidString).sqlite")
            defer { SQLiteReader.removeFiles(of: path) }
            try SQLiteReader.useWriteAheadLog(path: path)
            return try await body(.sqliteFile(path: path))
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await run("CREATE SCHEMA \(schema)", on: url)
        do {
            // The whole suite opens connections at once on two cores: a connection may wait for
            // its server longer than a site's ten seconds.
            let timeout = url.contains("connect_timeout=") ? "" : "&connect_timeout=60"
            try await body(.postgres(url: url + (url.contains("?") ? "&" : "?") + "search_path=" + schema + timeout))
        } catch {
            try? await run("DROP SCHEMA \(schema) CASCADE", on: url)
            throw error
        }
        try await run("DROP SCHEMA \(schema) CASCADE", on: url)
    }

    /// One statement on a connection of its own.
    private static func run(_ statement: String, on url: String) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: .singleton, on: group)
        databases.use(.postgres(configuration: try DatabaseLocation.postgresConfiguration(url: url)), as: .psql)
        do {
            // The PostgreSQL driver's databases speak SQL.
            let sql = databases.database(logger: Logger(label: "test"), on: group.any()) as! any SQLDatabase
            try await sql.raw(SQLQueryString(statement)).run()
        } catch {
            await databases.shutdownAsync()
            throw error
        }
        await databases.shutdownAsync()
    }
}
