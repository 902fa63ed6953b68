import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// `/admin/kb/duplicates`: the pairs an import left for an editor, merged or kept apart there.
@Suite("Possible duplicates in the newsroom")
struct DuplicatesPageTests {
    /// A drama the demo does not have, whose cast names the demo's 한소희 and 송강 without a year:
    /// nothing but the name says they are the demo's people.
    private let csv = """
        제목,방송 기간,방송 횟수,장르,채널,제작사,극본,출연자,방송 시작
        옛날드라마, 1995년 3월 1일 ~ 1995년 4월 20일, 16부작, 가족, KBS2, 없음, 없음," 한소희, 송강 외",1995-03-01 00:00:00
        """

    private func importNamesakes(_ app: Application) async throws {
        _ = try await KowikiDramaImporter(database: app.db).run(KowikiDramaFile(csv: csv))
    }

    @Test func editorsMergeOrKeepApartAndWritersCannotSeeIt() async throws {
        try await withApp(demo: true) { app, backend in
            try await importNamesakes(app)
            let editor = try await signedIn(app, as: .editor)
            let people = try await editor.get("/admin/kb/people")
            #expect(people.text.contains("2 possible duplicates from the imports to review"), "\(backend)")
            let page = try await editor.get("/admin/kb/duplicates")
            #expect(page.status == .ok, "\(backend)")
            #expect(page.text.contains("Both are called 한소희"), "\(backend)")
            #expect(page.text.contains("Nevertheless"), "the demo's Han So-hee shows her credits (\(backend))")

            // Keep the demo's Han So-hee and merge the newcomer into her, with the person merge.
            let merged = try await editor.post("/admin/kb/people/han-so-hee-2/merge", ["into": "han-so-hee"])
            #expect(merged.status == .seeOther, "\(backend)")
            let knowledge = KnowledgeRepository(database: app.db)
            let found = try await knowledge.person(slug: "han-so-hee")
            let credits = try await knowledge.credits(ofPerson: try #require(found))
            #expect(credits.contains { $0.title.name == "Yennaldeurama" }, "the old drama is hers now (\(backend))")

            // The other pair: two people.
            let remaining = try await editor.get("/admin/kb/duplicates")
            #expect(!remaining.text.contains("Both are called 한소희"), "\(backend)")
            let past = try await editor.get("/admin/kb/duplicates?page=5")
            #expect(past.text.contains("This page is past the last pair"), "not \"nothing to review\" (\(backend))")
            let pairs = try await MergeCandidates(database: app.db).open()
            let songKang = try #require(pairs.first, "\(backend)")
            let kept = try await editor.post("/admin/kb/duplicates/\(songKang.id.uuidString)/dismiss", [:])
            #expect(kept.status == .seeOther, "\(backend)")
            let after = try await editor.get("/admin/kb/duplicates?done=dismissed")
            #expect(after.text.contains("Kept apart"), "\(backend)")
            #expect(after.text.contains("Nothing to review"), "\(backend)")
            let audit = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 20)).items.map(\.action)
            #expect(audit.contains("kept apart"), "\(backend): \(audit)")

            // Again, or a pair that does not exist: a clear 404.
            let again = try await editor.post("/admin/kb/duplicates/\(songKang.id.uuidString)/dismiss", [:])
            #expect(again.status == .notFound, "\(backend)")
            try await editor.get("/admin/kb/duplicates")
            let nonsense = try await editor.post("/admin/kb/duplicates/not-an-id/dismiss", [:])
            #expect(nonsense.status == .notFound, "\(backend)")

            let writer = try await signedIn(app, as: .writer)
            let refused = try await writer.get("/admin/kb/duplicates")
            #expect(refused.status == .forbidden, "\(backend)")
        }
    }
}
