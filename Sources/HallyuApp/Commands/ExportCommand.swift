import ConsoleKit
import Foundation
import Vapor

/// `hallyu export wordpress FILE.xml`: the newsroom as a file another platform reads.
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "format", help: "wordpress")
        var format: String

        @Argument(name: "target", help: "the file to write")
        var target: String
    }

    static let formats = ["wordpress"]

    var help: String { "Export the newsroom: hallyu export wordpress FILE.xml (a file WordPress's importer reads)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard Self.formats.contains(signature.format) else {
            throw StartupError(description: "unknown export format \"\(signature.format)\"; use one of: \(Self.formats.joined(separator: ", "))")
        }
        let app = context.application
        // Reading changes nothing: the schema must be current, not made so.
        try await app.requireCurrentSchemaOrExplain()
        let console = context.console
        let started = Date()
        let counts = try await WordPressExport(
            app: app, file: URL(fileURLWithPath: signature.target), progress: { console.output("wordpress: \($0)", style: .plain) }
        ).run()
        console.output(
            "Wrote \(signature.target): \(counts.articles) articles and pages, \(counts.comments) comments, \(counts.media) pictures, "
                + "\(counts.bytes / 1024) KB in \(Int(Date().timeIntervalSince(started).rounded())) s.",
            style: .plain)
    }
}
