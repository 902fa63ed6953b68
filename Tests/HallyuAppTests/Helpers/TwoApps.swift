import Foundation
import HallyuStore
import HallyuTestSupport
import NIOPosix
import Vapor

@testable import HallyuApp

/// Two applications on one database, as two processes are: instances behind a load balancer,
/// or a command run beside the server. On an SQLite file, and on a PostgreSQL schema when
/// `TEST_DATABASE_URL` is set. Each listens to the shared change log, as `serve` does.
func withTwoApps(
    adjust: (inout Config) -> Void = { _ in }, _ body: (Application, Application, String) async throws -> Void
) async throws {
    try await TestDatabases.each { backend, location in
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-media-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: media) }
        var config = Config(
            database: location, publicURL: URL(string: "http://news.test")!, mediaDirectory: media,
            secret: String(repeating: "two instances share one secret ", count: 2),
            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .warning)
        adjust(&config)
        let first = try await Application.make(.testing)
        let second = try await Application.make(.testing)
        let listeners = [ChangeLogListener(interval: .milliseconds(100)), ChangeLogListener(interval: .milliseconds(100))]
        // Each its own blocking threads, as each process has: SQLite waits for another process's
        // write lock on one of them, which must not starve the other instance's connections.
        for app in [first, second] { app.threadPool = NIOThreadPool(numberOfThreads: 2) }
        var failure: (any Error)?
        do {
            try await configure(first, config: config)
            try await configure(second, config: config)
            try await first.migrateOrExplain()
            try await second.requireCurrentSchemaOrExplain()
            _ = try await DemoLoader(database: first.db, mediaDirectory: config.mediaDirectory).load()
            for (app, listener) in zip([first, second], listeners) {
                await listener.poll(app)
                listener.start(app)
            }
            try await body(first, second, backend)
        } catch {
            failure = error
        }
        for (app, listener) in zip([first, second], listeners) { await listener.shutdownAsync(app) }
        try await second.asyncShutdown()
        try await first.asyncShutdown()
        if let failure { throw failure }
    }
}
