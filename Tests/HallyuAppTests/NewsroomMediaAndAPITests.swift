import Fluent
import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp
@testable import HallyuStore

@Suite("The newsroom's media, the write API, its routes and the preview")
struct NewsroomMediaAndAPITests {
    @Test func uploadsAreCheckedByTheirBytesAndNothingHalfWrittenStays() async throws {
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/media")
            let directory = app.config.mediaDirectory
            func files() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] }
            let fake = try await writer.upload(
                "/admin/media", ["alt": "x", "credit": "y"], file: Array("<?php echo 1; ?>".utf8),
                fileName: "photo.png")
            #expect(fake.status == .unsupportedMediaType, "\(backend)")
            #expect(fake.text.contains("is not a JPEG, PNG, WebP or GIF image"))
            #expect(fake.text.contains("value=\"y\""), "the description typed is kept")
            #expect(files().isEmpty)
            let big = try await writer.upload(
                "/admin/media", [:], file: plainPNG(width: 10, height: 10) + Array(repeating: 0, count: 16 * 1_048_576),
                fileName: "huge.png")
            #expect(big.status == .payloadTooLarge)
            #expect(files().isEmpty)
            let good = try await writer.upload(
                "/admin/media", ["alt": "A test card", "credit": "Hallyu Studio"],
                file: plainPNG(width: 1200, height: 675), fileName: "card.gif")
            #expect(good.status == .created)
            #expect(good.text.contains("Uploaded 1200×675."))
            let media = try #require(try await MediaLibrary(database: app.db).list(query: "", Paging(page: 1, per: 5)).items.first?.media)
            let stored = media.fileName
            #expect(stored.hasSuffix(".png") && stored.count == 36, "named by its content, typed by its bytes")
            let served = try await get(app, "/media/\(stored)")
            #expect(served.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(Set(files()) == Set(media.fileNames), "the upload and its copies, no partial files beside them")
        }
    }

    @Test func aHeroWithoutCreditOrAltKeepsAStoryFromGoingOut() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let uploaded = try await uploadThroughAPI(
                app, token: token, file: plainPNG(width: 800, height: 450), fields: ["alt": ""], fileName: "x.png")
            #expect(uploaded.status == .created, "\(backend)")
            struct Made: Decodable {
                var id: String
                var width: Int
            }
            let media = try json(Made.self, uploaded)
            #expect(media.width == 800)
            let created = try await api(
                app, .POST, "/api/v1/articles", token: token,
                ["title": "A hero story", "body": "Words.", "heroMediaId": media.id])
            #expect(created.status == .created)
            let refused = try await api(app, .POST, "/api/v1/articles/a-hero-story/publish", token: token)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("no credit") && refused.text.contains("no alt text"))
        }
    }

    @Test func aPictureFromAnotherSiteKeepsAStoryFromGoingOut() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let body = "The poster came out.\n\n![The poster](https://k.example/poster.jpg)\n"
            let created = try await api(app, .POST, "/api/v1/articles", token: token, ["title": "A poster story", "body": body])
            #expect(created.status == .created, "a draft keeps what was written (\(backend))")
            struct Preview: Decodable {
                struct Warning: Decodable { var kind: String }
                var html: String
                var warnings: [Warning]
            }
            let preview = try json(Preview.self, try await api(app, .POST, "/api/v1/preview", token: nil, ["text": body]))
            #expect(preview.warnings.map(\.kind) == ["offSitePicture"], "the editor warns")
            #expect(preview.html.contains("<a href=\"https://k.example/poster.jpg\">The poster</a>"), "and shows it as readers would: a link")
            let refused = try await api(app, .POST, "/api/v1/articles/a-poster-story/publish", token: token)
            #expect(refused.status == .conflict, "\(backend)")
            struct Refusal: Decodable {
                struct Detail: Decodable { var message: String }
                var error: Detail
            }
            #expect(try json(Refusal.self, refused).error.message.contains("a picture from another site (https://k.example/poster.jpg)"))
            let fixed = try await api(
                app, .PATCH, "/api/v1/articles/a-poster-story", token: token, ["body": "The poster came out.\n", "baseRevision": 1])
            #expect(fixed.status == .ok, "\(fixed.text)")
            #expect(try await api(app, .POST, "/api/v1/articles/a-poster-story/publish", token: token).status == .ok)
        }
    }

    @Test func theWriteAPIChecksTokensRolesAndOffsets() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await apiToken(app, role: .writer, email: "writer@news.test")
            let other = try await apiToken(app, role: .writer, email: "other@news.test")
            let editor = try await apiToken(app, role: .editor, email: "editor@news.test")
            let anonymous = try await api(app, .POST, "/api/v1/articles", token: nil, ["title": "T", "body": "B"])
            #expect(anonymous.status == .unauthorized, "\(backend)")
            let forged = try await api(app, .POST, "/api/v1/articles", token: "not-a-token", ["title": "T", "body": "B"])
            #expect(forged.status == .unauthorized)
            let created = try await api(
                app, .POST, "/api/v1/articles", token: writer,
                [
                    "title": "An API draft", "body": "Song Kang and Han So-hee.", "tags": ["Casting"],
                    "subjects": [["kind": "person", "slug": "song-kang"]],
                ])
            #expect(created.status == .created)
            #expect(created.text.contains("\"status\":\"draft\""))
            let slug = "an-api-draft"
            #expect(try await api(app, .PATCH, "/api/v1/articles/\(slug)", token: other, ["dek": "Mine now"]).status == .forbidden)
            #expect(try await api(app, .POST, "/api/v1/articles/\(slug)/publish", token: writer).status == .forbidden)
            #expect(try await api(app, .POST, "/api/v1/articles/\(slug)/submit", token: writer).status == .ok)
            let stale = try await api(app, .PATCH, "/api/v1/articles/\(slug)", token: editor, ["dek": "Edited", "baseRevision": 0])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("diff?from=0&to=1"))
            let noOffset = try await api(app, .POST, "/api/v1/articles/\(slug)/schedule", token: editor, ["at": "2030-01-01T09:00:00"])
            #expect(noOffset.status == .badRequest)
            #expect(noOffset.text.contains("UTC offset"))
            let badSubject = try await api(
                app, .PATCH, "/api/v1/articles/\(slug)", token: editor,
                ["subjects": [["kind": "person", "slug": "nobody-at-all"]]])
            #expect(badSubject.status == .unprocessableEntity)
            #expect(try await get(app, "/api/v1/articles/\(slug)").status == .notFound, "a draft never reaches the public API")
            let published = try await api(app, .POST, "/api/v1/articles/\(slug)/publish", token: editor)
            #expect(published.status == .ok)
            #expect(try await get(app, "/api/v1/articles/\(slug)").status == .ok)
            #expect(try await api(app, .POST, "/api/v1/articles/\(slug)/publish", token: editor).status == .conflict)
            let afterPublish = try await api(app, .PATCH, "/api/v1/articles/\(slug)", token: writer, ["dek": "Too late"])
            #expect(afterPublish.status == .forbidden, "a writer's published story is the editors' now")
        }
    }

    @Test func everyNewsroomRouteAnswersEachRoleAsItShould() async throws {
        try await withApp(demo: true) { app, backend in
            let author = try await signedIn(app, as: .writer, email: "author@news.test")
            let other = try await signedIn(app, as: .writer, email: "other@news.test")
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let admin = try await signedIn(app, as: .admin, email: "admin@news.test")
            try await author.get("/admin/articles/new")
            let made = try await author.post("/admin/articles/new", ["title": "A private draft", "body": "Not for readers yet."])
            let id = articleID(fromLocation: made.headers.first(name: .location))
            let pages = [
                "/admin/articles", "/admin/articles/new", "/admin/media", "/admin/articles/\(id)/edit",
                "/admin/articles/\(id)/revisions", "/admin/articles/\(id)/revisions/diff?from=1&to=1",
            ]
            let ownOnly: Set<String> = [
                "/admin/articles/\(id)/edit", "/admin/articles/\(id)/revisions",
                "/admin/articles/\(id)/revisions/diff?from=1&to=1",
            ]
            for path in pages {
                let anonymous = try await get(app, path)
                #expect(anonymous.status == .seeOther, "anonymous \(path) (\(backend))")
                #expect(anonymous.headers.first(name: .location)?.hasPrefix("/admin/login?next=") == true)
                for (name, browser) in [("author", author), ("editor", editor), ("admin", admin)] {
                    let response = try await browser.get(path)
                    #expect(response.status == .ok, "\(name) \(path)")
                }
                let response = try await other.get(path)
                #expect(response.status == (ownOnly.contains(path) ? .forbidden : .ok), "other writer \(path)")
            }
            let posts = [
                "/admin/articles/\(id)/edit", "/admin/articles/\(id)/revisions/1/restore", "/admin/media",
                "/admin/media/\(UUID().uuidString)/delete",
            ]
            for path in posts {
                let anonymous = try await Browser(app).post(path, ["title": "x", "body": "y", "base": "1"])
                #expect(anonymous.status == .seeOther, "anonymous POST \(path)")
            }
            try await other.get("/admin/articles")
            let intrusion = try await other.post("/admin/articles/\(id)/edit", ["title": "Taken over", "body": "y", "base": "1"])
            #expect(intrusion.status == .forbidden)
            #expect(!intrusion.text.contains("Not for readers yet."), "no part of the draft is shown")
            let otherRestore = try await other.post("/admin/articles/\(id)/revisions/1/restore", ["base": "1"])
            #expect(otherRestore.status == .forbidden)
            let list = try await other.get("/admin/articles")
            #expect(!list.text.contains("A private draft"), "writers list only their own articles")
            let editorList = try await editor.get("/admin/articles?status=draft")
            #expect(editorList.text.contains("A private draft"))
            #expect(try await editor.get("/admin/articles?status=lost").status == .badRequest)
            try await author.get("/admin/articles/\(id)/edit")
            let publish = try await author.post(
                "/admin/articles/\(id)/edit",
                [
                    "title": "A private draft", "body": "Not for readers yet.",
                    "base": "1", "action": "publish",
                ])
            #expect(publish.status == .forbidden)
            #expect(publish.text.contains("Not for readers yet."), "the refused form keeps the text")
            for path in ["/articles/a-private-draft", "/api/v1/articles/a-private-draft"] {
                let response = try await get(app, path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("A private draft") && !response.text.contains("Not for readers"), "\(path)")
            }
            for path in [
                "/feed.xml", "/sitemap-news.xml", "/sitemaps/articles-1.xml", "/search?q=private+draft",
                "/api/v1/search?q=private+draft", "/api/v1/articles",
            ] {
                let response = try await get(app, path)
                #expect(!response.text.contains("A private draft") && !response.text.contains("a-private-draft"), "\(path) leaks the draft")
            }
        }
    }

    @Test func thePreviewRendersAsReadersSeeItWithTheWarnings() async throws {
        try await withApp(demo: true) { app, backend in
            let text = "Han Soo-he met Song Kang.\n\n" + Array(repeating: "word", count: 200).joined(separator: " ")
            let response = try await api(app, .POST, "/api/v1/preview", token: nil, ["text": text])
            #expect(response.status == .ok, "\(backend)")
            struct Preview: Decodable {
                struct Warning: Decodable { var kind: String }
                var html: String
                var warnings: [Warning]
            }
            let preview = try json(Preview.self, response)
            #expect(preview.html.contains("href=\"/people/song-kang\""))
            #expect(preview.warnings.map(\.kind) == ["misspelling", "longParagraph"])
        }
    }
}
