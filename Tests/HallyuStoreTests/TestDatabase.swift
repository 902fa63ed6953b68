import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import HallyuStore
import HallyuTestSupport
import NIOCore
import NIOPosix
import Testing

/// A migrated database for one test, on each backend `TestDatabases` gives (SQLite in a file of
/// its own; PostgreSQL in a fresh schema when `TEST_DATABASE_URL` is set), reached through
/// Fluent without an application.
enum TestDatabase {
    static var backends: [String] { TestDatabases.backends }

    static func run(_ body: (any Database, String) async throws -> Void) async throws {
        try await TestDatabases.each { backend, location in
            try await migrated(location) { try await body($0, backend) }
        }
    }

    static func run(backend: String, _ body: (any Database) async throws -> Void) async throws {
        try await TestDatabases.with(backend: backend) { try await migrated($0, body) }
    }

    /// SQLite in a file at `path`, which the test may open beside Fluent (as `SQLiteReader` does).
    static func run(sqliteFile path: String, _ body: (any Database) async throws -> Void) async throws {
        try await migrated(.sqliteFile(path: path), body)
    }

    private static func migrated(_ location: DatabaseLocation, _ body: (any Database) async throws -> Void) async throws {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: threadPool, on: group)
        let logger = Logger(label: "test")
        switch location {
        case .sqliteFile(let path): databases.use(.sqlite(.file(path)), as: .sqlite)
        case .sqliteMemory: databases.use(.sqlite(.memory), as: .sqlite)
        case .postgres(let url): databases.use(.postgres(configuration: try DatabaseLocation.postgresConfiguration(url: url)), as: .psql)
        }
        let database = databases.database(logger: logger, on: group.any())!
        do {
            let migrations = Migrations()
            migrations.add(HallyuSchema.migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            try await body(database)
        } catch {
            await databases.shutdownAsync()
            try await threadPool.shutdownGracefully()
            throw error
        }
        await databases.shutdownAsync()
        try await threadPool.shutdownGracefully()
    }
}
