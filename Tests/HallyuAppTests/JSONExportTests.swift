import Foundation
import HallyuCore
import HallyuStore
import HallyuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// `hallyu export json` and `hallyu import json`: a whole site out and back into an empty one
/// on either database, and exports that are damaged, misshapen or edited into contradiction.
@Suite struct JSONExportTests {
    private static var wordpress: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures/wordpress/k-culture-daily", withExtension: "xml")) }
    }

    private static func scratch() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-json-\(UUID().uuidString)").path
    }

    /// A page as a reader gets it, less the form stamp each site signs with its own secret.
    private static func page(_ app: Application, _ path: String) async throws -> (HTTPStatus, String) {
        let response = try await app.testing().sendRequest(.GET, path)
        let body = response.body.string.replacingOccurrences(of: #"name="_stamp" value="[^"]*""#, with: "", options: .regularExpression)
        return (response.status, body)
    }

    /// The articles a page links to, in address order.
    private static func articleLinks(_ page: String) -> [String] {
        page.components(separatedBy: "href=\"/articles/").dropFirst().map { String($0.prefix { $0 != "\"" }) }.sorted()
    }

    /// The first line where two pages differ, with its number; nil when they are the same.
    private static func firstDifference(_ page: String, _ original: String) -> String? {
        let mine = page.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = original.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(mine.count, theirs.count) {
            let left = index < mine.count ? mine[index] : "(nothing)"
            let right = index < theirs.count ? theirs[index] : "(nothing)"
            if left != right { return "line \(index + 1): \(left.prefix(300)) | was: \(right.prefix(300))" }
        }
        return nil
    }

    /// The demo newsroom with a WordPress site moved in, a renamed person and an audit entry:
    /// something in every table but the duplicates waiting for an editor.
    private static func fill(_ app: Application, report: String) async throws {
        _ = try await WordPressImport(app: app, options: .init(file: try wordpress, uploads: nil, reportPath: report), progress: { _ in }).run()
        try await SlugAllocator(database: app.db).rename(.person, from: "hyun-bin", to: "hyun-bin-actor")
        try await AuditLog(database: app.db).record(nil, "published", kind: "article", id: "test", summary: "An entry of the log", at: Date())
        try await Settings(database: app.db).set(Settings.commentBlocklist, "cheap-followers.example.net\nfollowers for $5")
        // As the commands do after changing names: pages link them the new way from now on.
        try await Settings(database: app.db).markKnowledgeChanged()
        await app.announce(.everything)
    }

    @Test func anExportReadsBackIntoAnEmptySiteAsTheSameSite() async throws {
        try await withApp(demo: true) { first, backend in
            let folder = Self.scratch()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try await Self.fill(first, report: folder + "-report.md")
            let exported = try await JSONExport(app: first, folder: folder, progress: { _ in }).run()
            #expect(exported.tables.filter { $0.records == 0 }.map(\.table) == ["merge_candidates"], "\(backend)")
            #expect(!exported.media.isEmpty && exported.missingMedia.isEmpty)
            let replies =
                try String(contentsOfFile: folder + "/comments.jsonl", encoding: .utf8).components(separatedBy: "\"parent_id\":\"").count - 1
            #expect(replies > 0, "threads travel")

            // No secret leaves: no password hash, no session, not the site's secret.
            let everything = try exported.tables.map { try String(contentsOfFile: folder + "/" + $0.name, encoding: .utf8) }.joined()
            let secret = try #require(try await Settings(database: first.db).value("secret"))
            #expect(!everything.contains(secret) && !everything.contains("password_hash") && !everything.contains("$2b$"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/sessions.jsonl"))

            let paths = [
                "/", "/articles/nevertheless-supporting-cast-guide", "/people/hyun-bin-actor", "/people/hyun-bin", "/search?q=drama",
                "/couples", "/tags", "/feed.xml", "/dramas",
            ]
            var original: [String: (HTTPStatus, String)] = [:]
            for path in paths { original[path] = try await Self.page(first, path) }

            for target in TestDatabases.backends {
                try await TestDatabases.with(backend: target) { location in
                    try await withApp(on: location) { second in
                        let result = try await JSONImport(app: second, folder: folder, progress: { _ in }).run()
                        #expect(result.counts["articles"] == exported.tables.first { $0.table == "articles" }?.records)
                        // Written out again, every file is the same to the byte.
                        let again = Self.scratch()
                        defer { try? FileManager.default.removeItem(atPath: again) }
                        let reexported = try await JSONExport(app: second, folder: again, progress: { _ in }).run()
                        #expect(reexported.tables == exported.tables, "\(backend) → \(target)")
                        #expect(reexported.media == exported.media)
                        #expect(
                            try Data(contentsOf: URL(fileURLWithPath: again + "/schema.json"))
                                == Data(contentsOf: URL(fileURLWithPath: folder + "/schema.json")))
                        #expect(reexported.site == exported.site, "the comment blocklist travels")
                        #expect(try await Settings(database: second.db).value(Settings.commentBlocklist)?.contains("followers for $5") == true)
                        // And a reader sees the same site, search included (its index is built anew).
                        for path in paths {
                            let (status, body) = try await Self.page(second, path)
                            #expect(status == original[path]?.0, "\(path) \(backend) → \(target)")
                            if path.hasPrefix("/search"), backend != target {
                                // The engines rank within a tier differently (bm25 against ts_rank_cd): the same articles, maybe not in the same order.
                                #expect(Self.articleLinks(body) == Self.articleLinks(original[path]?.1 ?? ""), "\(path) \(backend) → \(target)")
                                continue
                            }
                            #expect(Self.firstDifference(body, original[path]?.1 ?? "") == nil, "\(path) \(backend) → \(target)")
                        }
                        // Into a site that now has content, nothing more goes.
                        do {
                            _ = try await JSONImport(app: second, folder: folder, progress: { _ in }).run()
                            Issue.record("an export went into a site with content")
                        } catch let error as StartupError {
                            #expect(error.description.contains("the site is not empty"))
                        }
                    }
                }
            }
        }
    }

    @Test func textPostgreSQLCannotHoldIsFoundBeforeWriting() throws {
        let media = try #require(ExportFormat.table(named: "media"))
        let people = try #require(ExportFormat.table(named: "people"))
        func cells(_ table: ExportTable, _ value: (ExportTable.Field) -> ExportCell) -> [ExportCell] { table.fields.map(value) }
        let plain = cells(people) { $0.shape == .texts ? .texts(["a"]) : $0.shape == .id ? .id(UUID()) : .text("Hyun Bin") }
        #expect(ExportRecordsCheck.unstorable(people, plain, postgres: true) == nil)
        let nul = cells(people) { $0.name == "aliases" ? .texts(["a\u{0}b"]) : $0.shape == .id ? .id(UUID()) : .text("x") }
        #expect(ExportRecordsCheck.unstorable(people, nul, postgres: true) == "aliases holds U+0000, which PostgreSQL cannot store")
        #expect(ExportRecordsCheck.unstorable(people, nul, postgres: false) == nil, "SQLite keeps it")
        let hidden = cells(media) { $0.name == "file_name" ? .text(".htaccess") : $0.shape == .id ? .id(UUID()) : .text("x") }
        #expect(ExportRecordsCheck.unstorable(media, hidden, postgres: false) != nil)
    }

    /// Rewrites one file of an export through `edit` and its manifest entry to match, as a
    /// hand-edited export would be.
    private static func edit(_ folder: String, _ file: String, _ edit: (inout [String]) -> Void) throws {
        let path = folder + "/" + file
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        edit(&lines)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var manifest = try ExportManifest.read(from: folder)
        let described = try BackupManifest.describe(path)
        let index = try #require(manifest.tables.firstIndex { $0.name == file })
        manifest.tables[index].bytes = described.bytes
        manifest.tables[index].sha256 = described.sha256
        manifest.tables[index].records = lines.count
        try FileManager.default.removeItem(atPath: folder + "/" + ExportManifest.fileName)
        try manifest.write(to: folder)
    }

    private static func copy(_ folder: String) throws -> String {
        let copy = scratch()
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        return copy
    }

    @Test func aDamagedOrMisshapenExportImportsNothing() async throws {
        try await withApp(demo: true) { first, backend in
            guard backend == "sqlite" else { return }
            let folder = Self.scratch()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try await Self.fill(first, report: folder + "-report.md")
            _ = try await JSONExport(app: first, folder: folder, progress: { _ in }).run()
            let comments = try String(contentsOfFile: folder + "/comments.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
            let commentIDs = comments.map { String($0.dropFirst(7).prefix(36)) }

            let cases: [(String, (String) throws -> Void, String)] = [
                (
                    "a changed byte",
                    { try Data("{}\n".utf8).write(to: URL(fileURLWithPath: $0 + "/quotes.jsonl")) }, "quotes.jsonl does not match its checksum"
                ),
                (
                    "a field of the wrong shape",
                    { try Self.edit($0, "comments.jsonl") { $0[1] = $0[1].replacingOccurrences(of: #""status":""#, with: #""status":5,"x":""#) } },
                    "comments.jsonl line 2: x is not a field of comments"
                ),
                (
                    "a missing field",
                    { try Self.edit($0, "tags.jsonl") { $0[0] = $0[0].replacingOccurrences(of: #","name":"#, with: #","label":"#) } },
                    "tags.jsonl line 1: label is not a field of tags"
                ),
                (
                    "a time in another form",
                    {
                        try Self.edit($0, "comments.jsonl") {
                            $0[0] = $0[0].replacingOccurrences(of: #"\.[0-9]{6}Z""#, with: "+09:00\"", options: .regularExpression)
                        }
                    },
                    "comments.jsonl line 1: created_at is not a UTC time"
                ),
                (
                    "a reference to nothing",
                    {
                        try Self.edit($0, "article_tags.jsonl") {
                            $0[0] = $0[0].replacingOccurrences(
                                of: #""tag_id":"[^"]+""#, with: #""tag_id":"00000000-0000-4000-8000-000000000000""#, options: .regularExpression)
                        }
                    },
                    "tag_id names 00000000-0000-4000-8000-000000000000, which is not in tags.jsonl"
                ),
                (
                    "replies answering each other",
                    {
                        try Self.edit($0, "comments.jsonl") {
                            $0[0] = $0[0].replacingOccurrences(
                                of: #""parent_id":[^,]+,"#, with: "\"parent_id\":\"\(commentIDs[1])\",", options: .regularExpression)
                            $0[1] = $0[1].replacingOccurrences(
                                of: #""parent_id":[^,]+,"#, with: "\"parent_id\":\"\(commentIDs[0])\",", options: .regularExpression)
                        }
                    },
                    "is in a loop of replies"
                ),
                (
                    "a picture's file outside the media folder",
                    {
                        try Self.edit($0, "media.jsonl") {
                            let index = $0.firstIndex { $0.contains(#""file_name":""#) }!
                            $0[index] = $0[index].replacingOccurrences(
                                of: #""file_name":"[^"]+""#, with: #""file_name":"../outside.png""#, options: .regularExpression)
                        }
                    },
                    "file_name \"../outside.png\" is not a file name the media folder holds"
                ),
                (
                    "a setting of another version",
                    { folder in
                        try Data(#"{"comment_blocklist":"a","theme":"dark"}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: folder + "/site.json"))
                        var manifest = try ExportManifest.read(from: folder)
                        let described = try BackupManifest.describe(folder + "/site.json")
                        manifest.site = described
                        try FileManager.default.removeItem(atPath: folder + "/manifest.json")
                        try manifest.write(to: folder)
                    },
                    "site.json: theme is not a setting of version 1"
                ),
                (
                    "a line that is not JSON",
                    { try Self.edit($0, "people.jsonl") { $0[3] = String($0[3].dropLast()) } }, "people.jsonl line 4: not JSON"
                ),
                (
                    "two records with one id",
                    { try Self.edit($0, "poll_votes.jsonl") { $0.append($0[0]) } }, "the id is another record's too"
                ),
                (
                    "a newer version",
                    { folder in
                        let path = folder + "/manifest.json"
                        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
                            of: #""version" : 1"#, with: #""version" : 2"#)
                        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                    },
                    "an export of version 2; this hallyu reads version 1"
                ),
                (
                    // Passes every check of the format; the database's own rule (one article a slug) refuses it.
                    "two articles with one slug",
                    {
                        try Self.edit($0, "articles.jsonl") {
                            let slug = $0[0].components(separatedBy: #""slug":""#)[1].prefix { $0 != "\"" }
                            $0[1] = $0[1].replacingOccurrences(of: #""slug":"[^"]+""#, with: "\"slug\":\"\(slug)\"", options: .regularExpression)
                        }
                    },
                    "nothing was imported: the database refused a record of articles.jsonl"
                ),
            ]
            for (name, damage, expected) in cases {
                let copy = try Self.copy(folder)
                defer { try? FileManager.default.removeItem(atPath: copy) }
                try damage(copy)
                try await TestDatabases.with(backend: backend) { location in
                    try await withApp(on: location) { second in
                        do {
                            _ = try await JSONImport(app: second, folder: copy, progress: { _ in }).run()
                            Issue.record("\(name): imported")
                        } catch let error as StartupError {
                            #expect(error.description.contains(expected), "\(name): \(error.description)")
                        }
                        let counts = try await TableCounts.read(second.db, ExportFormat.tables.map(\.name))
                        #expect(counts.values.allSatisfy { $0 == 0 }, "\(name): nothing was written")
                        let media = (try? FileManager.default.contentsOfDirectory(atPath: second.config.mediaDirectory)) ?? []
                        #expect(media.isEmpty, "\(name): no media file stays")
                    }
                }
            }
        }
    }
}
