import Fluent
import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp
@testable import HallyuStore

@Suite("The draft generator and knowledge-base editing")
struct KnowledgeEditingTests {
    @Test func theDemoCouplesDraftHasSourcedSectionsAndNoNameWarnings() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .writer, email: "writer@news.test")
            let response = try await api(app, .POST, "/api/v1/drafts", token: token, ["couple": "han-so-hee-and-song-kang"])
            #expect(response.status == .created, "\(backend)")
            struct Made: Decodable {
                var body: String
                var status: String
                var subjects: [EntityRef]
            }
            let draft = try json(Made.self, response)
            #expect(draft.status == "draft")
            #expect(Set(draft.subjects.map(\.slug)) == ["han-so-hee-and-song-kang", "han-so-hee", "song-kang"])
            let lines = draft.body.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0.hasPrefix("## ") }.count >= 4)
            let statusLines = lines.filter { $0.hasPrefix("- **") }
            #expect(statusLines.count == 3, "the three entries of the demo timeline")
            let attributions = lines.filter { $0.hasPrefix("> — ") }
            #expect(!attributions.isEmpty, "the couple's quotes")
            for line in statusLines + attributions {
                #expect(line.contains("Source: [") || line.contains("Source: <http"), "\(line)")
            }
            let index = try await app.mentionIndexCache.index(on: app.db)
            let warnings = EditorAnalysis(names: draft.body, index: index).warnings
            #expect(warnings.isEmpty, "\(warnings.map(\.message))")
            let page = try await Browser(app).get("/admin/drafts")
            #expect(page.status == .notFound || page.status == .seeOther)
            let unknown = try await api(app, .POST, "/api/v1/drafts", token: token, ["couple": "nobody-and-no-one"])
            #expect(unknown.status == .notFound)
            let both = try await api(app, .POST, "/api/v1/drafts", token: token, ["couple": "a", "title": "b"])
            #expect(both.status == .badRequest)
        }
    }

    @Test func aDramaDraftComesFromOneClickInTheNewsroom() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            let list = try await writer.get("/admin/articles")
            #expect(list.text.contains("value=\"couples/han-so-hee-and-song-kang\""), "\(backend)")
            let made = try await writer.post("/admin/drafts", ["source": "dramas/nevertheless"])
            #expect(made.status == .seeOther)
            let page = try await writer.get(try #require(made.headers.first(name: .location)))
            #expect(page.text.contains("Nevertheless: cast, characters and what to know"))
            #expect(page.text.contains("## Who plays whom"))
        }
    }

    @Test func editorsAddCorrectAndMergePeopleWritersMayNot() async throws {
        try await withApp(demo: true) { app, backend in
            let writerToken = try await apiToken(app, role: .writer, email: "writer@news.test")
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            #expect(try await api(app, .POST, "/api/v1/people", token: nil, ["name": "Kim Da-mi"]).status == .unauthorized, "\(backend)")
            #expect(try await api(app, .POST, "/api/v1/people", token: writerToken, ["name": "Kim Da-mi"]).status == .forbidden)
            let created = try await api(
                app, .POST, "/api/v1/people", token: token,
                ["name": "Song Gang", "aliases": ["Gang Song"], "birthDate": "1994-04-23"])
            #expect(created.status == .created)
            let badDate = try await api(app, .PATCH, "/api/v1/people/song-gang", token: token, ["birthDate": "23 April"])
            #expect(badDate.status == .badRequest)
            let merged = try await api(app, .POST, "/api/v1/people/song-gang/merge", token: token, ["into": "song-kang"])
            #expect(merged.status == .ok)
            #expect(merged.text.contains("\"Song Gang\""), "the duplicate's name is an alias now")
            let old = try await get(app, "/people/song-gang")
            #expect(old.status == .movedPermanently)
            #expect(old.headers.first(name: .location) == "/people/song-kang")

            let writerPage = try await signedIn(app, as: .writer, email: "w2@news.test").get("/admin/kb/people/new?name=Kim%20Da-mi")
            #expect(writerPage.status == .forbidden)
            let editor = try await signedIn(app, as: .editor, email: "e2@news.test")
            let form = try await editor.get("/admin/kb/people/new?name=Kim%20Da-mi")
            #expect(form.text.contains("value=\"Kim Da-mi\""), "the unknown name from the editor's warning is filled in")
            let added = try await editor.post("/admin/kb/people/new", ["name": "Kim Da-mi", "nativeName": "김다미"])
            #expect(added.headers.first(name: .location) == "/admin/kb/people/kim-da-mi/edit?done=created")
            let known = try await api(app, .POST, "/api/v1/analyze", token: nil, ["text": "Kim Da-mi starred in Itaewon Class."])
            #expect(known.text.contains("\"slug\":\"kim-da-mi\""), "the new name links at once")
            let bad = try await editor.post("/admin/kb/people/new", ["name": "Someone", "birthDate": "yesterday"])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("value=\"Someone\""), "the form keeps what was typed")
        }
    }

    @Test func editorsAddTitlesOrganizationsCouplesCreditsAndSourcedRecords() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let writer = try await apiToken(app, role: .writer, email: "writer@news.test")
            #expect(
                try await api(app, .POST, "/api/v1/organizations", token: writer, ["kind": "network", "name": "ENA"]).status == .forbidden,
                "\(backend)")
            #expect(try await api(app, .POST, "/api/v1/organizations", token: token, ["kind": "radio", "name": "ENA"]).status == .badRequest)
            #expect(try await api(app, .POST, "/api/v1/organizations", token: token, ["kind": "network", "name": "ENA"]).status == .created)
            let title = try await api(
                app, .POST, "/api/v1/titles", token: token,
                [
                    "name": "Extraordinary Attorney Woo", "nativeName": "이상한 변호사 우영우", "firstAired": "2022-06-29",
                    "episodes": 16, "networks": ["ena"],
                ])
            #expect(title.status == .created)
            struct Made: Decodable { var url: String }
            #expect(try json(Made.self, title).url == "http://news.test/dramas/extraordinary-attorney-woo")
            #expect(
                try await api(app, .POST, "/api/v1/titles", token: token, ["name": "X", "networks": ["no-such-network"]]).status
                    == .unprocessableEntity)
            let credit = try await api(
                app, .POST, "/api/v1/credits", token: token,
                [
                    "person": "song-kang", "title": "extraordinary-attorney-woo", "characterName": "Test Role", "billing": "cameo",
                ])
            #expect(credit.status == .created)
            #expect(
                try await api(
                    app, .POST, "/api/v1/credits", token: token,
                    [
                        "person": "song-kang", "title": "extraordinary-attorney-woo", "characterName": "Test Role", "billing": "cameo",
                    ]
                ).status == .conflict)
            _ = try await api(app, .POST, "/api/v1/articles", token: token, ["title": "An unpublished source", "body": "B"])
            let draftSource = try await api(
                app, .POST, "/api/v1/couples/han-so-hee-and-song-kang/status", token: token,
                [
                    "status": "rumoured", "date": "2024-01-01", "statement": "A claim.", "sourceArticle": "an-unpublished-source",
                ])
            #expect(draftSource.status == .badRequest, "a draft cannot back the public record")
            let unsourced = try await api(
                app, .POST, "/api/v1/couples/han-so-hee-and-song-kang/status", token: token,
                ["status": "rumoured", "date": "2024-01-01", "statement": "A claim."])
            #expect(unsourced.status == .badRequest)
            #expect(unsourced.text.contains("give a source") || unsourced.text.contains("Give a source"))
            let sourced = try await api(
                app, .POST, "/api/v1/couples/han-so-hee-and-song-kang/status", token: token,
                [
                    "status": "denied", "date": "2024-01-02", "statement": "Both agencies denied a new claim.",
                    "sourceUrl": "https://example.com/denial",
                ])
            #expect(sourced.status == .created)
            let couple = try await get(app, "/api/v1/couples/han-so-hee-and-song-kang")
            #expect(couple.text.contains("Both agencies denied a new claim."))
            #expect(
                try await api(app, .POST, "/api/v1/couples", token: token, ["first": "song-kang", "second": "han-so-hee"]).status
                    == .conflict)
            let quote = try await api(
                app, .POST, "/api/v1/quotes", token: token,
                [
                    "text": "I wanted to try a role unlike any before.", "kind": "paraphrased", "speaker": "song-kang",
                    "about": [["kind": "title", "slug": "extraordinary-attorney-woo"]], "sourceUrl": "https://example.com/interview",
                ])
            #expect(quote.status == .created)
            #expect(try await get(app, "/dramas/extraordinary-attorney-woo").status == .ok)
            let entry = "/api/v1/couples/han-so-hee-and-song-kang/status?status=denied&date=2024-01-02"
            #expect(try await api(app, .DELETE, entry, token: token).status == .ok)
            #expect(try await api(app, .DELETE, entry, token: token).status == .notFound)
            #expect(try await api(app, .DELETE, "/api/v1/credits/\(UUID().uuidString)", token: token).status == .notFound)
            #expect(try await api(app, .PATCH, "/api/v1/couples/han-so-hee-and-song-kang", token: token, ["note": "Co-stars."]).status == .ok)
            let renamed = try await api(
                app, .PATCH, "/api/v1/titles/extraordinary-attorney-woo", token: token,
                ["slug": "attorney-woo", "episodes": 16, "genres": ["legal drama"]])
            #expect(renamed.status == .ok)
            let moved = try await get(app, "/dramas/extraordinary-attorney-woo")
            #expect(moved.status == .movedPermanently)
            #expect(moved.headers.first(name: .location) == "/dramas/attorney-woo")
            let kept = try await get(app, "/api/v1/dramas/attorney-woo")
            #expect(kept.text.contains("이상한 변호사 우영우"), "what the edit did not send stays")
            let unsafe = try await api(app, .PATCH, "/api/v1/organizations/ena", token: token, ["website": "javascript:alert(1)"])
            #expect(unsafe.status == .badRequest)
            #expect(try await api(app, .PATCH, "/api/v1/organizations/ena", token: writer, ["name": "E"]).status == .forbidden)
        }
    }

    @Test func theCouplePageAddsSourcedEntriesAndQuotes() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/kb/couples").status == .forbidden, "\(backend)")
            let editor = try await signedIn(app, as: .editor)
            let list = try await editor.get("/admin/kb/couples")
            #expect(list.text.contains("/admin/kb/couples/han-so-hee-and-song-kang"))
            let path = "/admin/kb/couples/han-so-hee-and-song-kang"
            let page = try await editor.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Moon Sang-min"), "the record is shown")
            let unsourced = try await editor.post(
                path + "/status",
                [
                    "status": "rumoured", "date": "2024-03-01",
                    "statement": "A new claim went round.",
                ])
            #expect(unsourced.status == .badRequest)
            #expect(unsourced.text.contains("A new claim went round."), "what was typed is kept")
            let sourced = try await editor.post(
                path + "/status",
                [
                    "status": "rumoured", "date": "2024-03-01",
                    "statement": "A new claim went round.",
                    "sourceUrl": "https://example.com/claim",
                ])
            #expect(sourced.headers.first(name: .location) == path + "?done=status")
            let quote = try await editor.post(
                path + "/quotes",
                [
                    "speaker": "song-kang", "text": "We stay in touch as colleagues.",
                    "kind": "paraphrased", "sourceUrl": "https://example.com/talk",
                ])
            #expect(quote.headers.first(name: .location) == path + "?done=quote")
            let couple = try await get(app, "/couples/han-so-hee-and-song-kang")
            #expect(couple.text.contains("We stay in touch as colleagues."))
            #expect(couple.text.contains("A new claim went round."))
            let stranger = try await editor.post(path + "/quotes", ["speaker": "hyun-bin", "text": "x", "sourceUrl": "https://example.com"])
            #expect(stranger.status == .badRequest)
            try await editor.get(path)
            let removed = try await editor.post(path + "/remove", ["entry": "rumoured|2024-03-01"])
            #expect(removed.headers.first(name: .location) == path + "?done=removed")
            #expect(try await get(app, "/couples/han-so-hee-and-song-kang").text.contains("A new claim went round.") == false)
            let again = try await editor.post(path + "/remove", ["entry": "rumoured|2024-03-01"])
            #expect(again.status == .notFound)
            let noted = try await editor.post(path + "/note", ["note": "Co-stars of Nevertheless."])
            #expect(noted.headers.first(name: .location) == path + "?done=note")
            try await editor.get("/admin/kb/couples")
            let made = try await editor.post(
                "/admin/kb/couples",
                [
                    "first": "people/song-kang", "second": "kim-yoo-jung",
                    "note": "Co-stars of My Demon.",
                ])
            #expect(made.headers.first(name: .location) == "/admin/kb/couples/kim-yoo-jung-and-song-kang?done=created")
            let twice = try await editor.post("/admin/kb/couples", ["first": "kim-yoo-jung", "second": "song-kang"])
            #expect(twice.status == .conflict)
            #expect(twice.text.contains("value=\"kim-yoo-jung\""), "what was typed is kept")
            let person = "/admin/kb/people/song-kang"
            try await editor.get(person + "/edit")
            let unsourcedQuote = try await editor.post(person + "/quotes", ["text": "Filming the monsters took months.", "about": "Sweet Home"])
            #expect(unsourcedQuote.status == .badRequest)
            #expect(unsourcedQuote.text.contains("Filming the monsters took months."))
            let quoted = try await editor.post(
                person + "/quotes",
                [
                    "text": "Filming the monsters took months.", "kind": "paraphrased",
                    "about": "Sweet Home", "sourceUrl": "https://example.com/sweet-home",
                ])
            #expect(quoted.headers.first(name: .location) == person + "/edit?done=saved")
            #expect(try await get(app, "/people/song-kang").text.contains("Filming the monsters took months."))
        }
    }

    @Test func titleAndOrganizationPagesAddAndCorrectEntries() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/kb/titles").status == .forbidden, "\(backend)")
            let editor = try await signedIn(app, as: .editor)
            let list = try await editor.get("/admin/kb/titles")
            #expect(list.text.contains("/edit\">") && list.text.contains("rel=\"next\""), "a page of titles and a link to the next")
            try await editor.get("/admin/kb/titles/new")
            let missing = try await editor.post("/admin/kb/titles/new", ["kind": "drama", "name": "Moving", "networks": "no-such-network"])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("value=\"Moving\""), "what was typed is kept")
            let added = try await editor.post(
                "/admin/kb/titles/new",
                [
                    "kind": "drama", "name": "Moving", "firstAired": "2023-08-09",
                    "genres": "action, fantasy",
                ])
            let location = try #require(added.headers.first(name: .location))
            #expect(location.hasPrefix("/admin/kb/titles/moving"))
            let moving = "/admin/kb/titles/moving"
            try await editor.get(moving + "/edit")
            let role = try await editor.post(moving + "/cast", ["person": "people/song-kang", "characterName": "Test Role", "billing": "lead"])
            #expect(role.headers.first(name: .location) == moving + "/edit?done=saved")
            let withRole = try await editor.get(moving + "/edit")
            #expect(withRole.text.contains("Test Role"))
            let nobody = try await editor.post(moving + "/cast", ["person": "nobody-at-all", "characterName": "X"])
            #expect(nobody.status == .unprocessableEntity)
            let knowledge = KnowledgeRepository(database: app.db)
            let movingTitle = try #require(try await knowledge.title(slug: "moving"))
            let creditID = try #require(try await knowledge.credits(ofTitle: movingTitle).first?.id)
            try await editor.get(moving + "/edit")
            _ = try await editor.post(moving + "/cast", ["remove": creditID])
            #expect(try await editor.get(moving + "/edit").text.contains("Test Role") == false)
            let edit = try await editor.get("/admin/kb/titles/nevertheless/edit")
            #expect(edit.text.contains("value=\"Nevertheless\""))
            let badCount = try await editor.post(
                "/admin/kb/titles/nevertheless/edit",
                [
                    "kind": "drama", "name": "Nevertheless",
                    "episodes": "sixteen",
                ])
            #expect(badCount.status == .badRequest)
            #expect(badCount.text.contains("value=\"sixteen\""))
            let organizations = try await editor.get("/admin/kb/organizations")
            #expect(organizations.text.contains("/admin/kb/organizations/jtbc/edit"))
            try await editor.get("/admin/kb/organizations/jtbc/edit")
            let unsafe = try await editor.post("/admin/kb/organizations/jtbc/edit", ["kind": "network", "name": "JTBC", "website": "ftp://jtbc"])
            #expect(unsafe.status == .badRequest)
            let saved = try await editor.post(
                "/admin/kb/organizations/jtbc/edit",
                [
                    "kind": "network", "name": "JTBC", "nativeName": "제이티비씨",
                    "website": "https://jtbc.co.kr",
                ])
            #expect(saved.headers.first(name: .location) == "/admin/kb/organizations/jtbc/edit?done=saved")
            // A name holding a comma survives the form, as the demo's "Nevertheless," does.
            let form = try await editor.get("/admin/kb/titles/nevertheless/edit")
            #expect(form.text.contains("Nevertheless,\nI Know But"))
            _ = try await editor.post(
                "/admin/kb/titles/nevertheless/edit",
                [
                    "kind": "drama", "name": "Nevertheless",
                    "aliases": "Nevertheless,\r\nI Know But\r\nAlgoitjiman",
                ])
            let aliases = try await KnowledgeRepository(database: app.db).title(slug: "nevertheless")?.aliases
            #expect(aliases == ["Nevertheless,", "I Know But", "Algoitjiman"])
        }
    }
}
