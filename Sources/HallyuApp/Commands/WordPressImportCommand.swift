import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu import wordpress FILE.xml [--uploads DIR] [--author-map FILE] [--report FILE]`.
enum WordPressImportCommand {
    static func run(using context: CommandContext, signature: ImportCommand.Signature) async throws {
        let file = URL(fileURLWithPath: signature.file)
        guard FileManager.default.isReadableFile(atPath: file.path) else { throw StartupError(description: "cannot read \(signature.file)") }
        if let uploads = signature.uploads {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: uploads, isDirectory: &isFolder), isFolder.boolValue else {
                throw StartupError(description: "--uploads \(uploads) is not a folder")
            }
        }
        let reportPath = signature.report ?? (file.deletingPathExtension().path + "-import-report.md")
        let options = WordPressImport.Options(
            file: file, uploads: signature.uploads, authorMap: try signature.authorMap.map(authorMap) ?? [:], reportPath: reportPath)
        let app = context.application
        try await app.migrateOrExplain()
        try await SQLiteTuning.prepareForBulkWrites(app)
        let console = context.console
        let started = Date()
        let report: WordPressImportReport
        do {
            report = try await WordPressImport(app: app, options: options, progress: { console.output("wordpress: \($0)", style: .plain) }).run()
        } catch let failure as WordPressImport.Failure {
            throw StartupError(description: failure.description)
        }
        try await app.settings.markKnowledgeChanged()
        // A server on this database drops its cached pages within a second.
        await app.announce(.everything)
        try report.write(to: reportPath)
        console.output(report.summary.joined(separator: "\n"), style: .plain)
        console.output(
            "Took \(Int(Date().timeIntervalSince(started).rounded())) s.\nReport: \(reportPath)",
            style: .plain)
        if let reminder = try await MediaVariantsRun.reminder(app) { console.output(reminder, style: .plain) }
    }

    /// `login,email` per line; blank lines and lines starting with # are skipped.
    static func authorMap(_ path: String) throws -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw StartupError(description: "cannot read the author map \(path)")
        }
        var map: [String: String] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let parts = trimmed.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("@") else {
                throw StartupError(description: "\(path) line \(number + 1): expected \"login,e-mail\", found \"\(trimmed)\"")
            }
            map[parts[0]] = parts[1]
        }
        return map
    }
}
