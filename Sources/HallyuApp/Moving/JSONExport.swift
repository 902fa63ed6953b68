import Foundation
import HallyuCore
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// `hallyu export json DIR`: the whole newsroom as documented JSON (`docs/export-format.md`),
/// one JSON Lines file per table written while the site keeps serving, every table read in
/// the same snapshot; then the media files the snapshot names, `schema.json`, and last the
/// manifest with each file's records and SHA-256.
struct JSONExport {
    let app: Application
    let folder: String
    let progress: @Sendable (String) -> Void

    func run() async throws -> ExportManifest {
        try SiteBackup.prepareEmptyFolder(folder, for: "export")
        let started = Date()
        let folder = self.folder
        let progress = self.progress
        let (tables, mediaNames, site) = try await ExportSnapshot.read(app.db) { snapshot in
            var files: [ExportManifest.TableFile] = []
            var mediaNames: [String] = []
            for table in ExportFormat.tables {
                let name = table.fileName
                let file = try BufferedFile(creating: (folder as NSString).appendingPathComponent(name))
                let names = table.fields.map(\.name)
                let fileNameIndex = table.name == "media" ? names.firstIndex(of: "file_name") : nil
                var records = 0
                try await snapshot.rows(of: table) { page in
                    for values in page {
                        try file.write(ExportRecord.line(Array(zip(names, values))) + "\n")
                        if let fileNameIndex, case .string(let name) = values[fileNameIndex] { mediaNames.append(name) }
                    }
                    records += page.count
                }
                let sha256 = try file.close()
                files.append(.init(table: table.name, name: name, records: records, bytes: file.written, sha256: sha256))
                progress("\(table.name): \(records)")
            }
            let settings = try await snapshot.sql.select().columns("key", "value").from("settings")
                .where("key", .in, ExportFormat.siteSettings).orderBy("key").all()
                .map {
                    (name: try $0.decode(column: "key", as: String.self), value: ExportValue.string(try $0.decode(column: "value", as: String.self)))
                }
            let site = try BufferedFile(creating: (folder as NSString).appendingPathComponent(ExportFormat.siteFileName))
            try site.write(ExportRecord.line(settings) + "\n")
            let siteFile = BackupManifest.File(name: ExportFormat.siteFileName, bytes: site.written, sha256: try site.close())
            return (files, mediaNames, siteFile)
        }
        try ExportSchema.json().write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(ExportManifest.schemaFileName)))
        let (media, missing) = try SiteBackup.copyMedia(mediaNames, from: app.config.mediaDirectory, into: folder)
        let manifest = ExportManifest(
            createdAt: started, site: site, source: { if case .postgres = app.config.database { "postgresql" } else { "sqlite" } }(), tables: tables,
            media: media,
            missingMedia: missing)
        try manifest.write(to: folder)
        return manifest
    }
}
