import Foundation
import HallyuStore
import HallyuTestSupport
import Logging
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import HallyuApp

/// Migrations are a step of their own: `serve` on PostgreSQL leaves them to `hallyu migrate` and
/// refuses a schema that is behind; processes migrating at once take turns.
@Suite("Migrations as a step")
struct MigrationStepTests {
    @Test func serveMigratesOnSQLiteForTheDemoAndWhenAsked() {
        let postgres = DatabaseLocation.postgres(url: "postgres://u:p@127.0.0.1:5432/db")
        #expect(SiteServeCommand.migrates(.sqliteFile(path: "h.sqlite"), asked: false, demo: false))
        #expect(SiteServeCommand.migrates(.sqliteMemory, asked: false, demo: false))
        #expect(!SiteServeCommand.migrates(postgres, asked: false, demo: false))
        #expect(SiteServeCommand.migrates(postgres, asked: true, demo: false))
        #expect(SiteServeCommand.migrates(postgres, asked: false, demo: true))
    }

    @Test func aSchemaBehindIsRefusedWithWhatToRun() async throws {
        try await TestDatabases.each { backend, location in
            try await withApp(on: location, migrate: false) { app in
                do {
                    try await app.requireCurrentSchemaOrExplain()
                    Issue.record("an empty database was accepted on \(backend)")
                } catch let error as StartupError {
                    #expect(error.description.contains("behind this version"), "\(error) on \(backend)")
                    #expect(error.description.contains("hallyu migrate"), "\(error) on \(backend)")
                }
                try await app.migrateOrExplain()
                try await app.requireCurrentSchemaOrExplain()
            }
        }
    }

    @Test func twoProcessesMigratingAtOnceTakeTurns() async throws {
        try await TestDatabases.each { backend, location in
            try await withApp(on: location, migrate: false) { first in
                try await withApp(on: location, migrate: false) { second in
                    // On SQLite one server uses a file, so the two go one after the other there.
                    if case .postgres = location {
                        async let one: Void = first.migrateOrExplain()
                        async let two: Void = second.migrateOrExplain()
                        _ = try await (one, two)
                    } else {
                        try await first.migrateOrExplain()
                        try await second.migrateOrExplain()
                    }
                    try await first.requireCurrentSchemaOrExplain()
                    try await second.requireCurrentSchemaOrExplain()
                    #expect(try await first.articles.publishedCount() == 0, "\(backend)")
                }
            }
        }
    }

    @Test func aServerWaitsWhileAnotherProcessMigrates() async throws {
        guard TestDatabases.postgresURL != nil else { return }
        try await TestDatabases.with(backend: "postgres") { location in
            guard case .postgres(let url) = location else { return }
            try await withApp(on: location, migrate: false) { app in
                try await app.migrateOrExplain()
                let (released, release) = AsyncStream.makeStream(of: Void.self)
                let (taken, tookIt) = AsyncStream.makeStream(of: Void.self)
                let holder = Task {
                    try await MigrationLock.whileHeld(url: url, logger: Logger(label: "test")) {
                        tookIt.yield()
                        for await _ in released { break }
                    }
                }
                for await _ in taken { break }
                let finished = NIOLockedValueBox(false)
                let waited = Task {
                    try await app.requireCurrentSchemaOrExplain()
                    finished.withLockedValue { $0 = true }
                }
                try await Task.sleep(for: .milliseconds(500))
                #expect(!finished.withLockedValue { $0 }, "the server waits while the lock is held")
                release.yield()
                let start = ContinuousClock.now
                try await waited.value
                try await holder.value
                #expect(ContinuousClock.now - start < .seconds(5))
            }
        }
    }
}
