import FluentKit
import SQLKit
import Vapor

/// Settings for a SQLite file that serves a newsroom.
/// - Write-ahead logging: a commit appends to one log instead of rewriting a rollback journal,
///   and readers do not wait for a writer. 10,000 comments went in twice as fast (313 to 656 a
///   second, BENCHMARKS.md); every commit is still synced to disk (`synchronous = FULL`).
/// - A page cache of 128 MB per connection: SQLite's default of 2 MB holds little of a large
///   index, so every search and publication read its pages from the operating system again, a
///   third of the publishing time on a 100,000-article benchmark database. (Reading through a
///   memory map instead made searches slower there.)
/// The cache and sync settings are per connection and the driver has no hook for new ones, so
/// they are sent once through each event loop's pool, which keeps its one connection open.
struct SQLiteTuning: LifecycleHandler {
    static let cacheKibibytes = 131_072

    func didBootAsync(_ application: Application) async throws {
        for eventLoop in application.eventLoopGroup.makeIterator() {
            let database = application.databases.database(.sqlite, logger: application.logger, on: eventLoop)
            guard let sql = database as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.cacheKibibytes))").run()
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA synchronous = FULL").run()
        }
    }
}
