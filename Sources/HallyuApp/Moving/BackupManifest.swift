import Crypto
import Foundation

/// `manifest.json` of a backup folder: what the backup holds, each file with its size and
/// SHA-256, and how many rows each table had in the snapshot. It is written last, so a folder
/// without one is a backup that did not finish.
struct BackupManifest: Codable, Equatable {
    struct File: Codable, Equatable {
        var name: String
        var bytes: Int
        var sha256: String
    }

    static let fileName = "manifest.json"
    static let format = "hallyu-backup"

    var format = Self.format
    var version = 1
    var createdAt: Date
    /// `sqlite` or `postgresql`: a backup restores into the same kind of database.
    var databaseKind: String
    var database: File
    var media: [File]
    /// Files the database names that were gone from the media folder when it was copied (a
    /// picture deleted during the backup).
    var missingMedia: [String] = []
    /// The PostgreSQL schema the dump was taken from, which it restores into.
    var schema: String?
    var counts: [String: Int]

    /// The tables counted in a manifest and compared after a restore.
    static let countedTables = [
        "articles", "article_revisions", "article_tags", "article_subjects", "article_mentions", "comments", "polls", "poll_votes",
        "media", "users", "people", "titles", "organizations", "couples", "couple_statuses", "credits", "quotes", "memberships",
        "entity_names", "tags", "redirects", "slug_redirects", "import_records", "audit_entries",
    ]

    static func read(from folder: String) throws -> BackupManifest {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StartupError(description: "\(folder) holds no \(fileName): it is no backup, or one that did not finish")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(BackupManifest.self, from: data), manifest.format == format else {
            throw StartupError(description: "\(path) is not a Hallyu backup manifest")
        }
        guard manifest.version == 1 else {
            throw StartupError(description: "\(path) is a backup of version \(manifest.version); this hallyu reads version 1")
        }
        return manifest
    }

    func write(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let partial = (folder as NSString).appendingPathComponent(".\(Self.fileName).partial")
        try encoder.encode(self).write(to: URL(fileURLWithPath: partial))
        try FileManager.default.moveItem(atPath: partial, toPath: (folder as NSString).appendingPathComponent(Self.fileName))
    }

    /// Copies a file, hashing it as it goes, a megabyte at a time.
    static func copy(_ source: String, to destination: String) throws -> File {
        guard FileManager.default.createFile(atPath: destination, contents: nil),
            let input = FileHandle(forReadingAtPath: source), let output = FileHandle(forWritingAtPath: destination)
        else { throw StartupError(description: "cannot copy \(source) to \(destination)") }
        defer {
            try? input.close()
            try? output.close()
        }
        var hash = SHA256()
        var bytes = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(data: chunk)
            try output.write(contentsOf: chunk)
            bytes += chunk.count
        }
        return File(name: (destination as NSString).lastPathComponent, bytes: bytes, sha256: hash.finalize().hex)
    }

    /// Every file there, under `folder`, with the size and SHA-256 the manifest gives; otherwise
    /// an error naming the file and ending in `outcome` ("nothing was restored").
    static func verify(_ files: [File], in folder: String, else outcome: String) throws {
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: path) else { throw StartupError(description: "\(path) is missing; \(outcome)") }
            let found = try describe(path)
            guard found.bytes == file.bytes, found.sha256 == file.sha256 else {
                throw StartupError(description: "\(path) does not match its checksum in the manifest; \(outcome)")
            }
        }
    }

    /// A file's size and SHA-256, read a megabyte at a time.
    static func describe(_ path: String) throws -> File {
        guard let input = FileHandle(forReadingAtPath: path) else { throw StartupError(description: "cannot read \(path)") }
        defer { try? input.close() }
        var hash = SHA256()
        var bytes = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(data: chunk)
            bytes += chunk.count
        }
        return File(name: (path as NSString).lastPathComponent, bytes: bytes, sha256: hash.finalize().hex)
    }
}
