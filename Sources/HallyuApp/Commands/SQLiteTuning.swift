import FluentKit
import SQLKit
import Vapor

/// Gives each SQLite connection a page cache fit for a newsroom's database. SQLite's default
/// of 2 MB holds little of a large index, so every search and publication read its pages from
/// the operating system again: a third of the publishing time on a 100,000-article benchmark
/// database. (Reading through a memory map instead made searches slower there.) The setting is per connection and the driver has no hook
/// for new ones, so it is sent once through each event loop's pool, which keeps its one
/// connection open.
struct SQLiteTuning: LifecycleHandler {
    static let cacheKibibytes = 131_072

    func didBootAsync(_ application: Application) async throws {
        for eventLoop in application.eventLoopGroup.makeIterator() {
            let database = application.databases.database(.sqlite, logger: application.logger, on: eventLoop)
            guard let sql = database as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.cacheKibibytes))").run()
        }
    }
}
