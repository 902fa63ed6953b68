import Foundation
import HallyuStore
import HallyuTestSupport
import SQLKit
import Testing
import Vapor

@testable import HallyuApp

/// `hallyu backup` while comments keep arriving, and `hallyu restore` of what it wrote.
@Suite("Backups that restore")
struct BackupTests {
    /// Adds comments to the first article until cancelled; returns how many it added.
    private static func writeComments(_ app: Application) -> Task<Int, any Error> {
        Task {
            let sql = app.db as! any SQLDatabase
            let article = try #require(
                try await sql.raw("SELECT id FROM articles ORDER BY slug LIMIT 1").first()?.decode(column: "id", as: UUID.self))
            var written = 0
            while !Task.isCancelled {
                try await sql.insert(into: "comments")
                    .columns("id", "article_id", "name", "body", "status", "commenter_key", "address_hash", "created_at")
                    .values(
                        SQLBind(UUID()), SQLBind(article), SQLBind("Reader \(written)"), SQLBind("Comment \(written) during the backup."),
                        SQLBind("approved"), SQLBind("load"), SQLBind(""), SQLBind(Date())
                    ).run()
                written += 1
            }
            return written
        }
    }

    private static func count(_ app: Application, _ table: String) async throws -> Int {
        try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    @Test func aBackupTakenUnderWritesRestoresWithTheSameRowsAndFiles() async throws {
        try await withApp(demo: true) { app, backend in
            if backend == "postgres" && !PostgresTools.available {
                Issue.record("pg_dump and pg_restore are needed on the PATH for the PostgreSQL backup")
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-backup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let before = try await Self.count(app, "comments")
            // The comments come from another application on the same database, as a backup runs
            // beside the serving process: the snapshot's long transaction holds a connection of
            // this one's small pool, which the writes would otherwise wait for.
            var taken: (manifest: BackupManifest, written: Int)?
            try await withApp(on: app.config.database, migrate: false) { server in
                let writer = Self.writeComments(server)
                // Some writes before the snapshot, some while it is taken, some after.
                while try await Self.count(app, "comments") < before + 20 { try await Task.sleep(for: .milliseconds(10)) }
                let manifest = try await SiteBackup(app: app, folder: folder).run()
                try await Task.sleep(for: .milliseconds(100))
                writer.cancel()
                taken = (manifest, try await writer.value)
            }
            let (manifest, written) = try #require(taken)
            let after = try await Self.count(app, "comments")
            #expect(after == before + written, "\(backend)")
            let snapshot = try #require(manifest.counts["comments"])
            #expect(snapshot >= before + 20 && snapshot <= after, "the snapshot holds a moment of the writes (\(backend))")
            #expect(manifest.counts["articles"] == (try await Self.count(app, "articles")))
            #expect(!manifest.media.isEmpty, "the demo's pictures (\(backend))")

            // Every file is as the manifest says.
            for file in [manifest.database] + manifest.media {
                let path = (folder as NSString).appendingPathComponent(file.name == manifest.database.name ? file.name : "media/\(file.name)")
                #expect(try BackupManifest.describe(path) == file, "\(file.name) (\(backend))")
            }

            // Not over a site that has content.
            if case .sqliteFile(let path) = app.config.database {
                #expect(try SQLiteFiles.hasContent(path, tables: BackupManifest.countedTables))
            }
            await #expect(throws: StartupError.self) { _ = try await SiteRestore(app: app, folder: folder, force: false).run() }

            let restore: (Application) async throws -> Void = { target in
                let result = try await SiteRestore(app: target, folder: folder, force: false).run()
                #expect(result.differences.isEmpty, "\(result.differences) (\(backend))")
                #expect(result.counts["comments"] == snapshot, "\(backend)")
                for file in manifest.media {
                    let restored = (target.config.mediaDirectory as NSString).appendingPathComponent(file.name)
                    #expect(try BackupManifest.describe(restored) == file, "\(file.name) (\(backend))")
                }
                let page = try await target.testing().sendRequest(.GET, "/")
                #expect(page.status == .ok, "the restored site serves (\(backend))")
            }
            switch app.config.database {
            case .postgres(let url):
                // Disaster recovery: the schema is lost, then restored from the backup into the same place.
                let sql = app.db as! any SQLDatabase
                let schema = try #require(URLComponents(string: url)?.queryItems?.first { $0.name == "search_path" }?.value)
                try await sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
                try await sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
                try await withApp(on: app.config.database, migrate: false) { try await restore($0) }
            default:
                try await TestDatabases.with(backend: backend) { location in
                    try await withApp(on: location, migrate: false) { try await restore($0) }
                }
            }
        }
    }

    @Test func aDamagedBackupRestoresNothing() async throws {
        try await withApp(demo: true) { app, backend in
            guard backend == "sqlite" else { return }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-backup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let manifest = try await SiteBackup(app: app, folder: folder).run()
            let picture = (folder as NSString).appendingPathComponent("media/\(try #require(manifest.media.first).name)")
            try Data("not the picture".utf8).write(to: URL(fileURLWithPath: picture))
            await #expect(throws: StartupError.self) { _ = try await SiteBackup(app: app, folder: folder).run() }
            try await TestDatabases.with(backend: backend) { location in
                try await withApp(on: location, migrate: false) { target in
                    do {
                        _ = try await SiteRestore(app: target, folder: folder, force: false).run()
                        Issue.record("a damaged backup was restored")
                    } catch let error as StartupError {
                        #expect(error.description.contains("does not match its checksum"))
                    }
                    guard case .sqliteFile(let path) = location else { return }
                    #expect(!(try SQLiteFiles.hasContent(path, tables: BackupManifest.countedTables)), "nothing was written")
                }
            }
        }
    }
}
