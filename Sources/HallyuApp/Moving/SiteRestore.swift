import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu restore DIR [--force]`: a backup back into the configured database and media folder,
/// each file checked against the manifest first. It refuses a database or media folder that
/// holds anything unless told (`--force`), then migrates the restored database to this version
/// and compares every table's rows with the manifest's.
struct SiteRestore {
    struct Result {
        var manifest: BackupManifest
        var counts: [String: Int]
        var differences: [String]
    }

    let app: Application
    let folder: String
    let force: Bool

    func run() async throws -> Result {
        let manifest = try BackupManifest.read(from: folder)
        try verify(manifest)
        let media = app.config.mediaDirectory
        switch app.config.database {
        case .sqliteFile(let path):
            guard manifest.databaseKind == "sqlite" else { throw kindMismatch(manifest, "SQLite") }
            if !force, try SQLiteFiles.hasContent(path, tables: BackupManifest.countedTables) {
                throw StartupError(description: "the database \(path) holds a newsroom; restore into an empty one, or add --force to replace it")
            }
            try refuseFullMediaFolder(media)
            try replaceSQLiteFile(path, with: (folder as NSString).appendingPathComponent(manifest.database.name))
        case .postgres(let url):
            guard manifest.databaseKind == "postgresql" else { throw kindMismatch(manifest, "PostgreSQL") }
            let tools = PostgresTools(url: url)
            // pg_restore puts every table back in the schema it was dumped from, whatever the URL says.
            let dumped = manifest.schema ?? "public"
            guard tools.schema == dumped else {
                throw StartupError(
                    description:
                        "the backup is of the schema \(dumped) and DATABASE_URL names \(tools.schema); a dump restores into the schema it came from")
            }
            let tables = try await tools.tableCount(in: app.db)
            if tables > 0 && !force {
                throw StartupError(
                    description: "the schema \(dumped) holds \(tables) tables; restore into an empty one, or add --force to replace it")
            }
            try refuseFullMediaFolder(media)
            if tables > 0 { try await tools.emptySchema(in: app.db) }
            try await tools.restore(from: (folder as NSString).appendingPathComponent(manifest.database.name))
        case .sqliteMemory:
            throw StartupError(description: "restore into a database on disk (DATABASE_URL=sqlite:PATH or postgres://…)")
        }
        try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)
        for file in manifest.media {
            let target = (media as NSString).appendingPathComponent(file.name)
            try? FileManager.default.removeItem(atPath: target)
            let copied = try BackupManifest.copy((folder as NSString).appendingPathComponent("media/\(file.name)"), to: target)
            guard copied == file else {
                throw StartupError(description: "media/\(file.name) changed while it was copied; nothing is certain, run the restore again")
            }
        }
        // A backup from an older version gets this version's schema.
        try await app.migrateOrExplain()
        let counts = try await TableCounts.read(app.db, BackupManifest.countedTables)
        let differences = manifest.counts.sorted { $0.key < $1.key }.compactMap { table, expected -> String? in
            let found = counts[table] ?? 0
            return found == expected ? nil : "\(table): \(found) rows, the backup had \(expected)"
        }
        return Result(manifest: manifest, counts: counts, differences: differences)
    }

    /// Every file must be there with the size and SHA-256 the manifest gives, before anything
    /// is touched.
    private func verify(_ manifest: BackupManifest) throws {
        let files = [manifest.database] + manifest.media.map { BackupManifest.File(name: "media/" + $0.name, bytes: $0.bytes, sha256: $0.sha256) }
        guard manifest.media.allSatisfy({ MediaController.isSafeFileName($0.name) }), WordPressText.isSafeRelativePath(manifest.database.name)
        else { throw StartupError(description: "the manifest names a file no backup holds; nothing was restored") }
        try BackupManifest.verify(files, in: folder, else: "nothing was restored")
    }

    private func refuseFullMediaFolder(_ media: String) throws {
        guard !force, FileManager.default.fileExists(atPath: media) else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: media).filter { !$0.hasPrefix(".") }
        if !files.isEmpty {
            throw StartupError(description: "the media folder \(media) holds \(files.count) files; restore into an empty one, or add --force")
        }
    }

    /// The backup's file in the database's place, through a copy beside it renamed over it; the
    /// old write-ahead log goes with the old file.
    private func replaceSQLiteFile(_ path: String, with backup: String) throws {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let partial = path + ".restoring"
        try? manager.removeItem(atPath: partial)
        _ = try BackupManifest.copy(backup, to: partial)
        for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: path + suffix) }
        if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
        try manager.moveItem(atPath: partial, toPath: path)
    }

    private func kindMismatch(_ manifest: BackupManifest, _ target: String) -> StartupError {
        StartupError(
            description: "the backup is of a \(manifest.databaseKind) database and this site uses \(target); a backup restores into the same kind")
    }
}
