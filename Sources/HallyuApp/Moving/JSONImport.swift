import FluentKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu import json DIR`: an export of `hallyu export json` into an empty site. Every file is
/// checked against the manifest, then every record against the format (its fields, and that
/// each id it names is in the table it points into) before anything is written; then the media
/// files are copied and all the records written in one transaction, so a failure leaves the
/// site as empty as it was. The search index is built again; everything else arrives as it was.
struct JSONImport {
    struct Result {
        var manifest: ExportManifest
        var counts: [String: Int]
    }

    let app: Application
    let folder: String
    let progress: @Sendable (String) -> Void

    /// Rows a statement batch holds while writing.
    static let batch = 1_000

    func run() async throws -> Result {
        let manifest = try ExportManifest.read(from: folder)
        // The quick refusal before reading gigabytes.
        try await refuseSiteWithContent()
        try verify(manifest)
        let postgres: Bool
        if case .postgres = app.config.database { postgres = true } else { postgres = false }
        let findings = try await ExportRecordsCheck(folder: folder, manifest: manifest, postgres: postgres).run()
        progress("every record checked")
        let copied = try copyMedia(manifest)
        do {
            try await app.db.writeTransaction { database in
                for table in ExportFormat.tables {
                    try await write(table, depths: findings.depths[table.name] ?? [:], on: database)
                }
                for (key, value) in findings.settings { try await Settings(database: database).set(key, value) }
                try await ArticleSearch(database: database).reindexAll()
            }
        } catch {
            for path in copied { try? FileManager.default.removeItem(atPath: path) }
            if let stop = error as? StartupError { throw StartupError(description: "nothing was imported: " + stop.description) }
            throw StartupError(description: "nothing was imported: the database refused the records (\(Application.firstLine(of: error)))")
        }
        let counts = try await TableCounts.read(app.db, ExportFormat.tables.map(\.name))
        let differences = manifest.tables.compactMap { file -> String? in
            let found = counts[file.table] ?? 0
            return found == file.records ? nil : "\(file.table): \(found) rows, the export had \(file.records)"
        }
        guard differences.isEmpty else {
            throw StartupError(description: "the imported site differs from the export: " + differences.joined(separator: "; "))
        }
        try await app.settings.markKnowledgeChanged()
        await app.announce(.everything)
        return Result(manifest: manifest, counts: counts)
    }

    /// A table's records; a table whose rows point at each other (replies) in rounds, parents
    /// before their replies.
    private func write(_ table: ExportTable, depths: [UUID: Int], on database: any Database) async throws {
        let writer = try ExportTableWriter(database: database, table: table)
        let path = (folder as NSString).appendingPathComponent(table.fileName)
        let decoder = JSONDecoder()
        // Each round reads the file again: threads are a few replies deep, and the file is never
        // held in memory whatever its size.
        for round in 0...(depths.values.max() ?? 0) {
            var rows: [[ExportCell]] = []
            try await JSONLines(path: path).forEach { _, line in
                guard case .success(let fields) = ExportRecord.fields(of: line, decoder: decoder) else {
                    throw StartupError(description: "\(table.fileName) changed while it was imported")
                }
                let cells = try table.cells(fields)
                if !depths.isEmpty, let id = cells.first?.id, depths[id, default: 0] != round { return }
                rows.append(cells)
                if rows.count == Self.batch {
                    try await insert(rows, with: writer)
                    rows.removeAll(keepingCapacity: true)
                }
            }
            try await insert(rows, with: writer)
        }
        progress("\(table.name): written")
    }

    /// A batch into its table; a refusal names the table.
    private func insert(_ rows: [[ExportCell]], with writer: ExportTableWriter) async throws {
        do {
            try await writer.insert(rows)
        } catch {
            throw StartupError(
                description: "the database refused a record of \(writer.table.fileName) (\(Application.firstLine(of: error)))")
        }
    }

    /// Every table of this version's format in the manifest, every file there with its size and
    /// SHA-256, before anything is read.
    private func verify(_ manifest: ExportManifest) throws {
        let expected = ExportFormat.tables.map(\.name)
        guard manifest.tables.map(\.table) == expected, manifest.tables.allSatisfy({ ExportFormat.table(named: $0.table)?.fileName == $0.name })
        else {
            throw StartupError(description: "the manifest does not list the tables of version \(ExportFormat.version) in order; nothing was imported")
        }
        if let unsafe = manifest.media.first(where: { !MediaController.isSafeFileName($0.name) }) {
            throw StartupError(
                description: "the manifest names a media file \"\(unsafe.name.prefix(80))\" that is no plain file name; nothing was imported")
        }
        guard manifest.site.name == ExportFormat.siteFileName else {
            throw StartupError(description: "the manifest names \(manifest.site.name) for the site's settings; nothing was imported")
        }
        let files =
            [manifest.site]
            + manifest.tables.map { BackupManifest.File(name: $0.name, bytes: $0.bytes, sha256: $0.sha256) }
            + manifest.media.map { BackupManifest.File(name: "media/" + $0.name, bytes: $0.bytes, sha256: $0.sha256) }
        try BackupManifest.verify(files, in: folder, else: "nothing was imported")
    }

    /// An export reads into an empty site: its ids and slugs would collide with any other.
    private func refuseSiteWithContent() async throws {
        let counts = try await TableCounts.read(app.db, ExportFormat.tables.map(\.name))
        let filled = ExportFormat.tables.map(\.name).filter { (counts[$0] ?? 0) > 0 }
        if !filled.isEmpty {
            throw StartupError(
                description: "the site is not empty (\(filled.prefix(4).map { "\($0): \(counts[$0] ?? 0)" }.joined(separator: ", ")));"
                    + " import an export into a new database")
        }
        let media = app.config.mediaDirectory
        if FileManager.default.fileExists(atPath: media) {
            let files = try FileManager.default.contentsOfDirectory(atPath: media).filter { !$0.hasPrefix(".") }
            if !files.isEmpty {
                throw StartupError(description: "the media folder \(media) holds \(files.count) files; import an export into an empty one")
            }
        }
    }

    /// The export's media files into the media folder; returns their paths, to take back if the
    /// records cannot be written.
    private func copyMedia(_ manifest: ExportManifest) throws -> [String] {
        let media = app.config.mediaDirectory
        try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)
        var copied: [String] = []
        do {
            for file in manifest.media {
                let target = (media as NSString).appendingPathComponent(file.name)
                copied.append(target)
                guard try BackupManifest.copy((folder as NSString).appendingPathComponent("media/\(file.name)"), to: target) == file else {
                    throw StartupError(description: "media/\(file.name) changed while it was copied; nothing was imported")
                }
            }
        } catch {
            // A half-copied media folder would refuse the next try.
            for path in copied { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
        return copied
    }
}
