import FluentKit
import HallyuStore
import Vapor

/// Settings for a SQLite file that serves a newsroom.
/// - Write-ahead logging: a commit appends to one log instead of rewriting a rollback journal,
///   and readers do not wait for a writer. 10,000 comments went in twice as fast (313 to 656 a
///   second, BENCHMARKS.md); every commit is still synced to disk (`synchronous = FULL`).
/// - A page cache of 8 MB for each connection that reads public pages (`SQLiteReader`): pages
///   SQLite does not keep are read from the operating system's file cache, which costs a serving
///   site next to nothing (an article page of the 100,000-article corpus answered as fast as with
///   128 MB) and keeps the server's memory small. The writing connections keep SQLite's own
///   default, 2 MB: a comment, a vote or a save touches the last pages of a few tables and their
///   indexes, and with 8 MB each their caches went on filling with every page the writes touched
///   long after a server had warmed up (the soak's memory, BENCHMARKS.md). Bulk writers
///   (`bench corpus`, imports) ask for 128 MB: the search index's pages were read again for every
///   article published, a third of the time of publishing 100,000. (Reading through a memory map
///   instead made searches slower there.)
/// The cache and sync settings are per connection and the driver has no hook for new ones, so
/// they are sent once through each event loop's pool, which keeps its one connection open.
struct SQLiteTuning: LifecycleHandler {
    static let readingCacheKibibytes = 8_192
    static let writingCacheKibibytes = 2_048
    static let bulkCacheKibibytes = 131_072

    func didBootAsync(_ application: Application) async throws {
        // `restore` replaces the file: no connection may hold the old one open.
        guard application.environment.arguments.dropFirst().first != "restore" else { return }
        try await Self.forEachConnection(of: application) { checks in
            try await checks.setSQLiteCache(kibibytes: Self.writingCacheKibibytes)
            try await checks.useSQLiteWriteAheadLog()
        }
    }

    /// The larger cache, for a command that writes much of the database; nothing on PostgreSQL.
    static func prepareForBulkWrites(_ application: Application) async throws {
        try await forEachConnection(of: application) { checks in
            try await checks.setSQLiteCache(kibibytes: Self.bulkCacheKibibytes)
        }
    }

    private static func forEachConnection(of application: Application, _ body: (DatabaseChecks) async throws -> Void) async throws {
        guard application.databases.ids().contains(.sqlite) else { return }
        for eventLoop in application.eventLoopGroup.makeIterator() {
            guard let database = application.databases.database(.sqlite, logger: application.logger, on: eventLoop) else { continue }
            try await body(DatabaseChecks(database: database))
        }
    }
}
