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
        try Self.prepareEmptyFolder(folder)
        let started = Date()
        let kind: String
        let databaseFile: String
        let counts: [String: Int]
        switch app.config.database {
        case .sqliteFile(let path):
            kind = "sqlite"
            databaseFile = (folder as NSString).appendingPathComponent("database.sqlite")
            try SQLiteFiles.snapshot(of: path, into: databaseFile)
            counts = try SQLiteFiles.rowCounts(in: databaseFile, tables: BackupManifest.countedTables)
        case .postgres(let url):
            kind = "postgresql"
            guard PostgresTools.available else {
                throw StartupError(
                    description: "pg_dump and pg_restore are not on the PATH; install them (Debian: apt-get install postgresql-client)")
            }
            databaseFile = (folder as NSString).appendingPathComponent("database.pgdump")
            counts = try await PostgresTools(url: url).dump(from: app.db, to: databaseFile, counting: BackupManifest.countedTables)
        case .sqliteMemory:
            throw StartupError(description: "the database is in memory (DATABASE_URL=sqlite::memory:); there is nothing on disk to back up")
        }
        // After the snapshot: every file it names was in the folder when it was taken (an upload
        // reaches the library only once its file is whole), and a later upload is only extra.
        let media = try copyMedia()
        let manifest = BackupManifest(
            createdAt: started, databaseKind: kind, database: try BackupManifest.describe(databaseFile), media: media, counts: counts)
        try manifest.write(to: folder)
        return manifest
    }

    private func copyMedia() throws -> [BackupManifest.File] {
        let source = app.config.mediaDirectory
        let target = (folder as NSString).appendingPathComponent("media")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        guard FileManager.default.fileExists(atPath: source) else { return [] }
        var files: [BackupManifest.File] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: source).sorted()
        where !name.hasPrefix(".") && !name.hasPrefix(MediaFolderCheck.partialPrefix) {
            let path = (source as NSString).appendingPathComponent(name)
            guard (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular else { continue }
            files.append(try BackupManifest.copy(path, to: (target as NSString).appendingPathComponent(name)))
        }
        return files
    }

    /// A backup goes into a new or empty folder, never over another backup.
    static func prepareEmptyFolder(_ folder: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) {
            guard (try manager.contentsOfDirectory(atPath: folder)).isEmpty else {
                throw StartupError(description: "\(folder) is not empty; back up into a new folder (a dated one, say)")
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
