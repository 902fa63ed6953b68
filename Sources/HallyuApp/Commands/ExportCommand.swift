import ConsoleKit
import Foundation
import Vapor

/// `hallyu export wordpress FILE.xml`: the newsroom as a file another platform reads;
/// `hallyu export json DIR`: everything, as documented JSON another Hallyu reads back.
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "format", help: "wordpress or json")
        var format: String

        @Argument(name: "target", help: "the file to write (wordpress) or a new folder (json)")
        var target: String
    }

    static let formats = ["wordpress", "json"]

    var help: String {
        "Export the newsroom: hallyu export wordpress FILE.xml (a file WordPress's importer reads) or hallyu export json DIR (everything, for hallyu import json)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard Self.formats.contains(signature.format) else {
            throw StartupError(description: "unknown export format \"\(signature.format)\"; use one of: \(Self.formats.joined(separator: ", "))")
        }
        let app = context.application
        // Reading changes nothing: the schema must be current, not made so.
        try await app.requireCurrentSchemaOrExplain()
        let console = context.console
        let started = Date()
        if signature.format == "json" {
            let manifest = try await JSONExport(app: app, folder: signature.target, progress: { console.output("json: \($0)", style: .plain) }).run()
            let bytes = manifest.tables.reduce(0) { $0 + $1.bytes } + manifest.media.reduce(0) { $0 + $1.bytes }
            let records = Dictionary(uniqueKeysWithValues: manifest.tables.map { ($0.table, $0.records) })
            console.output(
                "Wrote \(signature.target): \(records["articles"] ?? 0) articles, \(records["comments"] ?? 0) comments, "
                    + "\(records["people"] ?? 0) people, \(records["titles"] ?? 0) titles, \(manifest.media.count) media files, "
                    + "\(bytes / 1024) KB in \(Int(Date().timeIntervalSince(started).rounded())) s.",
                style: .plain)
            if !manifest.missingMedia.isEmpty {
                console.output(
                    "\(manifest.missingMedia.count) media files the library names were not in the media folder: "
                        + manifest.missingMedia.prefix(20).joined(separator: ", ") + " (run hallyu media check)",
                    style: .plain)
            }
            return
        }
        let counts = try await WordPressExport(
            app: app, file: URL(fileURLWithPath: signature.target), progress: { console.output("wordpress: \($0)", style: .plain) }
        ).run()
        console.output(
            "Wrote \(signature.target): \(counts.articles) articles and pages, \(counts.comments) comments, \(counts.media) pictures, "
                + "\(counts.bytes / 1024) KB in \(Int(Date().timeIntervalSince(started).rounded())) s.",
            style: .plain)
    }
}
