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
        @Argument(name: "source", help: "kpopnet, kowiki-dramas, wordpress or json")
        var source: String

        @Argument(name: "file", help: "the file to read (json: the folder hallyu export json wrote)")
        var file: String

        @Option(name: "uploads", help: "wordpress: a copy of the site's wp-content/uploads folder")
        var uploads: String?

        @Option(name: "author-map", help: "wordpress: lines of \"login,e-mail\" sending an author's posts to an existing account")
        var authorMap: String?

        @Option(name: "report", help: "wordpress: where to write the report (default: next to the file)")
        var report: String?
    }

    static let sources = ["kpopnet", "kowiki-dramas", "wordpress", "json"]

    var help: String {
        "Import names from an open data file (kpopnet, kowiki-dramas), a WordPress site from its export (hallyu import wordpress FILE.xml [--uploads DIR] [--author-map FILE]) or a Hallyu export into an empty site (hallyu import json DIR)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard Self.sources.contains(signature.source) else {
            throw StartupError(description: "unknown import source \"\(signature.source)\"; use one of: \(Self.sources.joined(separator: ", "))")
        }
        if signature.source == "wordpress" { return try await WordPressImportCommand.run(using: context, signature: signature) }
        if signature.source == "json" { return try await Self.importJSON(using: context, folder: signature.file) }
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

    private static func importJSON(using context: CommandContext, folder: String) async throws {
        let app = context.application
        try await app.migrateOrExplain()
        let console = context.console
        let started = Date()
        let result = try await JSONImport(app: app, folder: folder, progress: { console.output("json: \($0)", style: .plain) }).run()
        let counts = result.counts
        console.output(
            "Imported \(folder): \(counts["articles"] ?? 0) articles, \(counts["comments"] ?? 0) comments, \(counts["people"] ?? 0) people, "
                + "\(counts["titles"] ?? 0) titles, \(result.manifest.media.count) media files in \(Int(Date().timeIntervalSince(started).rounded())) s. "
                + "Every table holds the records the export had.",
            style: .plain)
        if !result.manifest.missingMedia.isEmpty {
            console.output(
                "The export lacked \(result.manifest.missingMedia.count) media files its library names (gone from the old site's media folder): "
                    + result.manifest.missingMedia.prefix(20).joined(separator: ", "),
                style: .plain)
        }
        if let reminder = try await MediaVariantsRun.reminder(app) { console.output(reminder, style: .plain) }
        if let accounts = counts["users"], accounts > 0 {
            console.output(
                "The \(accounts) accounts have no password yet: give each one with hallyu user add --email ADDRESS (it keeps the account and its bylines).",
                style: .plain)
        }
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
