import FluentKit
import Foundation
import HallyuCore
import HallyuStore
import SQLKit
import Vapor

/// `hallyu backup DIR`: a consistent snapshot of the database, taken while the site keeps
/// serving (SQLite's `VACUUM INTO`; on PostgreSQL `pg_dump` in one exported snapshot), then the
/// media folder, then the manifest with every file's SHA-256 and every table's rows.
struct SiteBackup {
    let app: Application
    let folder: String

    func run() async throws -> BackupManifest {
        try Self.prepareEmptyFolder(folder, for: "back up")
        let started = Date()
        let kind: String
        let databaseFile: String
        let counts: [String: Int]
        let named: [String]
        var schema: String?
        switch app.config.database {
        case .sqliteFile(let path):
            kind = "sqlite"
            databaseFile = (folder as NSString).appendingPathComponent("database.sqlite")
            try SQLiteFiles.snapshot(of: path, into: databaseFile)
            counts = try SQLiteFiles.rowCounts(in: databaseFile, tables: BackupManifest.countedTables)
            named = try SQLiteFiles.mediaFiles(in: databaseFile)
        case .postgres(let url):
            kind = "postgresql"
            guard PostgresTools.available else {
                throw StartupError(
                    description:
                        "pg_dump and pg_restore are not on the PATH; install them (Debian: apt-get install postgresql-client), "
                        + "or take the whole site as JSON with hallyu export json DIR (read back with hallyu import json)")
            }
            databaseFile = (folder as NSString).appendingPathComponent("database.pgdump")
            let tools = PostgresTools(url: url)
            (counts, named) = try await tools.dump(from: app.db, to: databaseFile, counting: BackupManifest.countedTables)
            schema = tools.schema
        case .sqliteMemory:
            throw StartupError(description: "the database is in memory (DATABASE_URL=sqlite::memory:); there is nothing on disk to back up")
        }
        // The files the snapshot names, copied after it: an upload reaches the library only once
        // its file is whole, so each was there when the snapshot was taken; one deleted since is
        // listed as missing.
        let (media, missing) = try Self.copyMedia(named, from: app.config.mediaDirectory, into: folder)
        let manifest = BackupManifest(
            createdAt: started, databaseKind: kind, database: try BackupManifest.describe(databaseFile), media: media,
            missingMedia: missing, schema: schema, counts: counts)
        try manifest.write(to: folder)
        return manifest
    }

    /// The named files of the media folder copied into `folder/media`, each hashed as it goes;
    /// a name that is no media file's, or a file that is gone, is listed as missing.
    static func copyMedia(
        _ names: [String], from source: String, into folder: String
    ) throws -> (
        copied: [BackupManifest.File], missing: [String]
    ) {
        let target = (folder as NSString).appendingPathComponent("media")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        var copied: [BackupManifest.File] = []
        var missing: [String] = []
        for name in Set(names).sorted() {
            let path = (source as NSString).appendingPathComponent(name)
            guard MediaController.isSafeFileName(name), FileManager.default.fileExists(atPath: path) else {
                missing.append(name)
                continue
            }
            copied.append(try BackupManifest.copy(path, to: (target as NSString).appendingPathComponent(name)))
        }
        return (copied, missing)
    }

    /// A backup or export goes into a new or empty folder, never over another one; `purpose` ("back up", "export") says so.
    static func prepareEmptyFolder(_ folder: String, for purpose: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) {
            guard (try manager.contentsOfDirectory(atPath: folder)).isEmpty else {
                throw StartupError(description: "\(folder) is not empty; \(purpose) into a new folder (a dated one, say)")
            }
        } else {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }
}

/// Rows per table, read through the site's database, for the manifest's comparison.
enum TableCounts {
    static func read(_ database: any Database, _ tables: [String]) async throws -> [String: Int] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        var counts: [String: Int] = [:]
        for table in tables {
            // A table an older schema did not have is absent, not an error.
            if let count = try? await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: "\"" + table + "\"")").first()?.decode(
                column: "n", as: Int.self)
            {
                counts[table] = count
            }
        }
        return counts
    }
}
