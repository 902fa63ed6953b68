import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import HallyuStore
import NIOCore
import NIOPosix
import Testing

/// A migrated database for one test: SQLite in a temporary file, or a fresh schema on the PostgreSQL that
/// `TEST_DATABASE_URL` names, dropped afterwards so tests stay independent and parallel.
enum TestDatabase {
    /// SQLite always; PostgreSQL too when `TEST_DATABASE_URL` is set.
    static var backends: [String] {
        ["sqlite"] + (postgresURL.map { _ in ["postgres"] } ?? [])
    }

    /// `TEST_DATABASE_URL`, when it is set to something.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func run(_ body: (any Database, String) async throws -> Void) async throws {
        for backend in backends {
            try await run(backend: backend) { try await body($0, backend) }
        }
    }

    static func run(backend: String, _ body: (any Database) async throws -> Void) async throws {
        guard backend == "sqlite" else { return try await run(backend: backend, sqliteFile: nil, body) }
        // A file of our own rather than the driver's `.memory`, which is a temporary file it
        // never removes.
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hallyu-store-\(UUID().uuidString).sqlite")
        defer { SQLiteReader.removeFiles(of: path) }
        try await run(backend: backend, sqliteFile: path, body)
    }

    /// SQLite in a file at `path`, which the test may open beside Fluent (as `SQLiteReader` does).
    static func run(sqliteFile path: String, _ body: (any Database) async throws -> Void) async throws {
        try await run(backend: "sqlite", sqliteFile: path, body)
    }

    private static func run(backend: String, sqliteFile: String?, _ body: (any Database) async throws -> Void) async throws {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: threadPool, on: group)
        let logger = Logger(label: "test")
        var schema: String?
        if backend == "postgres", let url = postgresURL {
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = [name]
            databases.use(.postgres(configuration: configuration), as: .psql)
            schema = name
        } else if let sqliteFile {
            databases.use(.sqlite(.file(sqliteFile)), as: .sqlite)
        }
        let database = databases.database(logger: logger, on: group.any())!
        if let schema { try await (database as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run() }
        do {
            let migrations = Migrations()
            migrations.add(HallyuSchema.migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            try await body(database)
        } catch {
            try? await dropSchema(schema, database)
            await databases.shutdownAsync()
            try await threadPool.shutdownGracefully()
            throw error
        }
        try await dropSchema(schema, database)
        await databases.shutdownAsync()
        try await threadPool.shutdownGracefully()
    }

    private static func dropSchema(_ schema: String?, _ database: any Database) async throws {
        guard let schema else { return }
        try await (database as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
    }
}
