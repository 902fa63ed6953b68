import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Knowledge-base changes come in through one desk whether an editor uses the newsroom's pages
/// or the API: a refusal has the same status in both, and a change leaves the same audit entry.
@Suite("The knowledge desk")
struct KnowledgeDeskTests {
    @Test func aRefusalHasOneStatusOnThePageAndInTheAPI() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "api@news.test")
            let editor = try await signedIn(app, as: .editor, email: "pages@news.test")

            // Merging into someone the knowledge base does not have: a reference to nothing.
            _ = try await editor.get("/admin/kb/people/song-kang/edit")
            let mergePage = try await editor.post("/admin/kb/people/song-kang/merge", ["into": "no-such-person"])
            let mergeAPI = try await api(app, .POST, "/api/v1/people/song-kang/merge", token: token, ["into": "no-such-person"])
            #expect(mergePage.status == .unprocessableEntity, "\(backend)")
            #expect(mergeAPI.status == .unprocessableEntity)
            #expect(mergePage.text.contains("No person with the slug &quot;no-such-person&quot;"), "the page says what was wrong")

            // A couple the knowledge base has already.
            _ = try await editor.get("/admin/kb/couples")
            let couplePage = try await editor.post("/admin/kb/couples", ["first": "song-kang", "second": "han-so-hee"])
            let coupleAPI = try await api(app, .POST, "/api/v1/couples", token: token, ["first": "han-so-hee", "second": "song-kang"])
            #expect(couplePage.status == .conflict)
            #expect(coupleAPI.status == .conflict)
            #expect(couplePage.text.contains("value=\"song-kang\""), "the form keeps what was typed")

            // A quote that is not there to remove.
            let missing = UUID().uuidString
            _ = try await editor.get("/admin/kb/couples/han-so-hee-and-song-kang")
            let quotePage = try await editor.post("/admin/kb/couples/han-so-hee-and-song-kang/remove", ["entry": missing])
            let quoteAPI = try await api(app, .DELETE, "/api/v1/quotes/\(missing)", token: token)
            #expect(quotePage.status == .notFound)
            #expect(quoteAPI.status == .notFound)
            #expect(try json(APIError.Body.self, quoteAPI).error.code == "not_found")

            // Nothing was written, so nothing was audited.
            let audit = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 50)).items
            #expect(!audit.contains { $0.action.hasPrefix("merged") || $0.action == "added couple" || $0.action == "removed quote" })
        }
    }

    @Test func aChangeLeavesTheSameAuditEntryFromThePageAndFromTheAPI() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "api@news.test")
            let editor = try await signedIn(app, as: .editor, email: "pages@news.test")
            _ = try await editor.get("/admin/kb/organizations/new")
            let page = try await editor.post("/admin/kb/organizations/new", ["kind": "network", "name": "ENA"])
            #expect(page.status == .seeOther, "\(backend)")
            let made = try await api(app, .POST, "/api/v1/organizations", token: token, ["kind": "agency", "name": "Antenna"])
            #expect(made.status == .created)

            let audit = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 50)).items
            let added = audit.filter { $0.action == "added organization" }
            #expect(Set(added.map(\.summary)) == ["ENA", "Antenna"])
            #expect(Set(added.map(\.itemKind)) == ["organization"])
            let knowledge = KnowledgeRepository(database: app.db)
            let ids = [try await knowledge.organization(slug: "ena")?.id, try await knowledge.organization(slug: "antenna")?.id]
            #expect(Set(added.map(\.itemID)) == Set(ids.compactMap { $0 }), "both name the organization by its id")

            // A removal says what was removed, wherever it came from.
            let credit = try await api(
                app, .POST, "/api/v1/credits", token: token,
                ["person": "song-kang", "title": "nevertheless", "characterName": "A Cameo", "billing": "cameo"])
            #expect(credit.status == .created)
            let title = try #require(try await knowledge.title(slug: "nevertheless"))
            let role = try #require(try await knowledge.credits(ofTitle: title).first { $0.characterName == "A Cameo" })
            #expect(try await api(app, .DELETE, "/api/v1/credits/\(role.id)", token: token).status == .noContent)
            let removed = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 50)).items.first { $0.action == "removed credit" }
            #expect(removed?.summary == "Song Kang as A Cameo in Nevertheless")
            #expect(removed?.itemKind == "title")
        }
    }
}
