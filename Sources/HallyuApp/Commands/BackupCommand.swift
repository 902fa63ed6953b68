import ConsoleKit
import Foundation
import Vapor

/// `hallyu backup DIR`: see `SiteBackup`.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "folder", help: "a new or empty folder for the backup")
        var folder: String
    }

    var help: String { "Back up the database and media folder into DIR, with a manifest of checksums, while the site keeps serving." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.requireCurrentSchemaOrExplain()
        let started = Date()
        let manifest = try await SiteBackup(app: app, folder: signature.folder).run()
        let bytes = manifest.database.bytes + manifest.media.reduce(0) { $0 + $1.bytes }
        context.console.output(
            "Backed up into \(signature.folder): \(manifest.databaseKind) database, \(manifest.media.count) media files, "
                + "\(bytes / 1_048_576) MB, \(manifest.counts["articles"] ?? 0) articles, \(manifest.counts["comments"] ?? 0) comments, "
                + "in \(Int(Date().timeIntervalSince(started).rounded())) s.",
            style: .plain)
        if !manifest.missingMedia.isEmpty {
            context.console.output(
                "\(manifest.missingMedia.count) media files the database names were not in the media folder: "
                    + manifest.missingMedia.prefix(20).joined(separator: ", ") + " (run hallyu media check)",
                style: .plain)
        }
    }
}

/// `hallyu restore DIR [--force]`: see `SiteRestore`. The application boots without opening
/// the SQLite file (`Hallyu.main`), since the file is replaced.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "folder", help: "a folder `hallyu backup` wrote")
        var folder: String

        @Flag(name: "force", help: "replace a database and media folder that are not empty")
        var force: Bool
    }

    var help: String { "Restore a backup into the configured database and media folder (empty ones, unless --force)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let result = try await SiteRestore(app: context.application, folder: signature.folder, force: signature.force).run()
        let console = context.console
        console.output(
            "Restored the backup of \(ISO8601DateFormatter().string(from: result.manifest.createdAt)): \(result.manifest.media.count) media files, "
                + "\(result.counts["articles"] ?? 0) articles, \(result.counts["comments"] ?? 0) comments.",
            style: .plain)
        guard result.differences.isEmpty else {
            throw StartupError(description: "the restored database differs from the backup: " + result.differences.joined(separator: "; "))
        }
        console.output("Every table holds the rows the backup had.", style: .plain)
    }
}
