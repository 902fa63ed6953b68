import Foundation
import HallyuStore

/// `manifest.json` of a JSON export: the format and its version, each table's file with its
/// records, size and SHA-256, and the media files. Written last, so a folder without one is an
/// export that did not finish.
struct ExportManifest: Codable, Equatable {
    struct TableFile: Codable, Equatable {
        var table: String
        var name: String
        var records: Int
        var bytes: Int
        var sha256: String
    }

    static let fileName = "manifest.json"
    static let schemaFileName = "schema.json"

    var format = ExportFormat.name
    var version = ExportFormat.version
    var createdAt: Date
    /// `site.json`, the settings an admin chose.
    var site: BackupManifest.File
    /// The database the export was read from (`sqlite` or `postgresql`); an export reads back
    /// into either.
    var source: String
    var tables: [TableFile]
    var media: [BackupManifest.File]
    /// Files the media library names that were gone from the media folder.
    var missingMedia: [String] = []

    static func read(from folder: String) throws -> ExportManifest {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StartupError(description: "\(folder) holds no \(fileName): it is no export, or one that did not finish")
        }
        // The format and version first: another version's manifest may have other fields.
        struct Header: Decodable {
            let format: String
            let version: Int
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let header = try? decoder.decode(Header.self, from: data), header.format == ExportFormat.name else {
            throw StartupError(description: "\(path) is not the manifest of a Hallyu export")
        }
        guard header.version == ExportFormat.version else {
            throw StartupError(
                description: "\(path) is an export of version \(header.version); this hallyu reads version \(ExportFormat.version)")
        }
        do {
            return try decoder.decode(ExportManifest.self, from: data)
        } catch {
            throw StartupError(description: "\(path) is not readable: \(ImportCommand.describe(error))")
        }
    }

    func write(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let partial = (folder as NSString).appendingPathComponent(".\(Self.fileName).partial")
        try encoder.encode(self).write(to: URL(fileURLWithPath: partial))
        try FileManager.default.moveItem(atPath: partial, toPath: (folder as NSString).appendingPathComponent(Self.fileName))
    }
}
