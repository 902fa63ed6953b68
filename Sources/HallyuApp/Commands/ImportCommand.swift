import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import NIOConcurrencyHelpers
import Vapor

/// `hallyu import SOURCE FILE`: fills the knowledge base from an open data file. Safe to run
/// again; prints its progress while it works and a summary of what it added, merged and skipped.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "source", help: "kpopnet, kowiki-dramas or wordpress")
        var source: String

        @Argument(name: "file", help: "the file to read")
        var file: String

        @Option(name: "uploads", help: "wordpress: a copy of the site's wp-content/uploads folder")
        var uploads: String?

        @Option(name: "author-map", help: "wordpress: lines of \"login,e-mail\" sending an author's posts to an existing account")
        var authorMap: String?

        @Option(name: "report", help: "wordpress: where to write the report (default: next to the file)")
        var report: String?
    }

    static let sources = ["kpopnet", "kowiki-dramas", "wordpress"]

    var help: String {
        "Import names from an open data file (kpopnet, kowiki-dramas) or a WordPress site from its export: hallyu import wordpress FILE.xml [--uploads DIR] [--author-map FILE]."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard Self.sources.contains(signature.source) else {
            throw StartupError(description: "unknown import source \"\(signature.source)\"; use one of: \(Self.sources.joined(separator: ", "))")
        }
        if signature.source == "wordpress" { return try await WordPressImportCommand.run(using: context, signature: signature) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: signature.file))
        } catch {
            throw StartupError(description: "cannot read \(signature.file): \(error.localizedDescription)")
        }
        let app = context.application
        try await app.migrateOrExplain()
        try await SQLiteTuning.prepareForBulkWrites(app)
        let progress = ProgressLine(console: context.console, label: signature.source)
        let summary: ImportSummary
        switch signature.source {
        case "kpopnet":
            let file: KpopnetFile
            do {
                file = try KpopnetFile.decode(data)
            } catch {
                throw StartupError(description: "\(signature.file) is not a kpopnet.json file (\(Self.describe(error)))")
            }
            summary = try await KpopnetImporter(database: app.db).run(file, progress: progress.update)
        default:
            guard let text = String(data: data, encoding: .utf8) else {
                throw StartupError(description: "\(signature.file) is not UTF-8 text")
            }
            let file = try KowikiDramaFile(csv: text)
            summary = try await KowikiDramaImporter(database: app.db).run(file, progress: progress.update)
        }
        progress.finish()
        // New names may appear in any article.
        let articles = try await MentionRecorder.current(on: app.db).recordAll()
        try await app.settings.markKnowledgeChanged()
        // A server on this database drops its cached pages within a second.
        await app.announce(.everything)
        context.console.output("\(summary)\nMentions recorded again in \(articles) articles.", style: .plain)
    }

    /// The first line of a decoding error, with the path to the bad field.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case let .keyNotFound(key, context): return "missing \(path(context.codingPath + [key]))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "unexpected value at \(path(context.codingPath))"
        case let .dataCorrupted(context): return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        @unknown default: return "not readable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// "kpopnet: 500 of 1852" rewritten in place on a terminal; a line per tenth otherwise, so
/// logs stay short.
final class ProgressLine: Sendable {
    private let console: any Console
    private let label: String
    private let lastTenth = NIOLockedValueBox(-1)
    private let interactive = isatty(STDOUT_FILENO) == 1

    init(console: any Console, label: String) {
        self.console = console
        self.label = label
    }

    @Sendable func update(_ done: Int, _ total: Int) {
        let line = "\(label): \(done) of \(total)"
        if interactive {
            console.output("\r\u{1B}[K" + line, style: .plain, newLine: false)
            return
        }
        let tenth = total == 0 ? 10 : done * 10 / total
        let isNew = lastTenth.withLockedValue { last in
            defer { last = tenth }
            return tenth != last
        }
        if isNew { console.output(line, style: .plain) }
    }

    func finish() {
        if interactive { console.output("", style: .plain) }
    }
}
