import Fluent
import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp
@testable import HallyuStore

@Suite("Writing and editing an article: the editor, conflicts, scheduling, revisions, slugs")
struct ArticleEditingTests {
    @Test func aWriterDraftsFixesANameWithOneClickAndSubmits() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            let form = try await writer.get("/admin/articles/new")
            #expect(form.status == .ok, "\(backend)")
            let created = try await writer.post(
                "/admin/articles/new",
                [
                    "title": "Han Soo-he's next role", "body": "Han Soo-he is back.\r\n\r\nMore soon.", "tags": "Embargo Watch, embargo watch",
                    "subjects": "Han So-hee (people/han-so-hee)", "action": "save",
                ])
            #expect(created.status == .seeOther, "\(backend)")
            let location = try #require(created.headers.first(name: .location))
            #expect(location.hasSuffix("/edit?done=saved"))
            let page = try await writer.get(location)
            #expect(page.text.contains("Saved as revision 1."))
            #expect(page.text.contains("Did you mean Han So-hee?"), "the side panel has the warning without JavaScript")
            let fix = TextFix(utf8Start: 0, utf8End: "Han Soo-he".utf8.count, expected: "Han Soo-he", replacement: "Han So-hee")
            #expect(page.text.contains("value=\"\(fix.formValue)\""), "the fix button carries the replacement")
            let fixed = try await writer.post(
                location.replacingOccurrences(of: "?done=saved", with: ""),
                [
                    "title": "Han Soo-he's next role", "body": "Han Soo-he is back.\r\n\r\nMore soon.", "tags": "Embargo Watch",
                    "subjects": "people/han-so-hee", "base": "1", "fix": fix.formValue,
                ])
            #expect(fixed.status == .seeOther)
            let id = articleID(fromLocation: location)
            let entry = try #require(try await ArticleDesk(database: app.db).entry(id: id))
            #expect(entry.article.body == "Han So-hee is back.\n\nMore soon.", "line breaks are stored as LF")
            #expect(entry.revision == 2)
            #expect(entry.article.subjects.map(\.slug) == ["han-so-hee"])
            #expect(entry.article.tags.map(\.name) == ["Embargo Watch"])
            #expect(try await get(app, "/tags/embargo-watch").status == .notFound, "a draft's new tag is not public yet")
            #expect(try await get(app, "/sitemaps/tags-1.xml").text.contains("embargo-watch") == false)
            let submitted = try await writer.post(
                "/admin/articles/\(id)/edit",
                [
                    "title": entry.article.title, "body": entry.article.body, "base": "2", "action": "submit",
                ])
            #expect(submitted.headers.first(name: .location) == "/admin/articles/\(id)/edit?done=submit")
            let status = try await ArticleDesk(database: app.db).entry(id: id)?.article.status
            #expect(status == .review)
            let audit = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 20)).items.map(\.action)
            #expect(audit.contains("created article") && audit.contains("submitted for review"))
        }
    }

    @Test func theFormKeepsWhatWasTypedWhenSomethingIsWrong() async throws {
        try await withApp(demo: true) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/articles/new")
            let noTitle = try await writer.post("/admin/articles/new", ["title": " ", "body": "A body worth keeping."])
            #expect(noTitle.status == .badRequest, "\(backend)")
            #expect(noTitle.text.contains("Give the article a title."))
            #expect(noTitle.text.contains("A body worth keeping."))
            let unknownSubject = try await writer.post("/admin/articles/new", ["title": "T", "body": "B", "subjects": "Nobody Known"])
            #expect(unknownSubject.status == .badRequest)
            #expect(unknownSubject.text.contains("is not in the knowledge base"))
            let forged = try await writer.post("/admin/articles/new", ["title": "T", "body": "B", "_csrf": "forged"])
            #expect(forged.status == .forbidden, "a forged CSRF token")
            let count = try await ArticleModel.query(on: app.db).filter(\.$title == "T").count()
            #expect(count == 0, "nothing was saved")
        }
    }

    @Test func theSecondOfTwoEditorsGetsAConflictWithADiffLink() async throws {
        try await withApp(demo: true) { app, backend in
            let first = try await signedIn(app, as: .editor, email: "one@news.test")
            let second = try await signedIn(app, as: .editor, email: "two@news.test")
            let slug = "han-so-hee-career-profile"
            let id = try #require(try await ArticleDesk(database: app.db).id(slug: slug))
            let entry = try #require(try await ArticleDesk(database: app.db).entry(id: id))
            try await first.get("/admin/articles/\(id)/edit")
            try await second.get("/admin/articles/\(id)/edit")
            let base = String(entry.revision)
            let saved = try await first.post(
                "/admin/articles/\(id)/edit", ["title": entry.article.title, "body": entry.article.body + "\nFirst editor's line.", "base": base])
            #expect(saved.status == .seeOther, "\(backend)")
            let clash = try await second.post(
                "/admin/articles/\(id)/edit", ["title": entry.article.title, "body": entry.article.body + "\nSecond editor's line.", "base": base])
            #expect(clash.status == .conflict)
            #expect(clash.text.contains("/admin/articles/\(id)/revisions/diff?from=\(entry.revision)&amp;to=\(entry.revision + 1)"))
            #expect(clash.text.contains("Second editor&#39;s line.") || clash.text.contains("Second editor's line."), "their text is kept")
            let stored = try await ArticleDesk(database: app.db).entry(id: id)
            #expect(stored?.article.body.contains("First editor's line.") == true, "no silent overwrite")
            let diff = try await second.get("/admin/articles/\(id)/revisions/diff?from=\(entry.revision)&to=\(entry.revision + 1)")
            #expect(diff.status == .ok)
            #expect(diff.text.contains("diff__added") && diff.text.contains("First editor"))
        }
    }

    @Test func aScheduledStoryGoesOutOnceWhenDueAndNotBefore() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor)
            try await editor.get("/admin/articles/new")
            let zone = TimeZone(identifier: "Asia/Seoul")!
            let due = Date().addingTimeInterval(3600)
            let scheduled = try await editor.post(
                "/admin/articles/new",
                [
                    "title": "An embargoed announcement", "body": "Song Kang has a new drama.", "action": "schedule",
                    "at": ScheduleTime.local(due, in: zone),
                ])
            #expect(scheduled.status == .seeOther, "\(backend)")
            let page = try await editor.get(try #require(scheduled.headers.first(name: .location)))
            #expect(page.text.contains("Scheduled for") && page.text.contains("Asia/Seoul"))
            let slug = "an-embargoed-announcement"
            for path in ["/articles/\(slug)", "/api/v1/articles/\(slug)"] {
                let response = try await get(app, path)
                #expect(response.status == .notFound, "\(path) before it is due")
            }
            #expect(try await get(app, "/feed.xml").text.contains(slug) == false)
            let past = try await editor.post(
                "/admin/articles/new",
                [
                    "title": "Too late", "body": "B", "action": "schedule",
                    "at": "2020-01-01T09:00",
                ])
            #expect(past.status == .badRequest)
            #expect(past.text.contains("has passed"))

            let early = try await ScheduledPublisher.publishDue(app, now: due.addingTimeInterval(-1))
            #expect(early == 0)
            let published = try await ScheduledPublisher.publishDue(app, now: due.addingTimeInterval(1))
            #expect(published == 1)
            let again = try await ScheduledPublisher.publishDue(app, now: due.addingTimeInterval(2))
            #expect(again == 0)
            #expect(try await get(app, "/articles/\(slug)").status == .ok)
            let found = try await get(app, "/api/v1/search?q=embargoed")
            #expect(found.text.contains(slug), "published with its search entry")
            let entries = try await AuditLog(database: app.db).entries(try Paging(page: 1, per: 50)).items
            #expect(
                entries.filter { $0.action == "published" && $0.summary == "An embargoed announcement" }.count == 1,
                "one audit entry, by nobody")
        }
    }

    @Test func revisionsCanBeComparedAndRestored() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor)
            let id = try #require(try await ArticleDesk(database: app.db).id(slug: "sweet-home-netflix-monster-series"))
            let original = try #require(try await ArticleDesk(database: app.db).entry(id: id))
            try await editor.get("/admin/articles/\(id)/edit")
            _ = try await editor.post(
                "/admin/articles/\(id)/edit",
                [
                    "title": "Sweet Home, retitled", "body": "Short now.",
                    "base": String(original.revision),
                ])
            let list = try await editor.get("/admin/articles/\(id)/revisions")
            #expect(list.status == .ok, "\(backend)")
            #expect(list.text.contains("imported"))
            let restored = try await editor.post(
                "/admin/articles/\(id)/revisions/\(original.revision)/restore",
                ["base": String(original.revision + 1)])
            #expect(restored.status == .seeOther)
            let now = try #require(try await ArticleDesk(database: app.db).entry(id: id))
            #expect(now.article.title == original.article.title)
            #expect(now.article.body == original.article.body)
            #expect(now.revision == original.revision + 2)
            let stale = try await editor.post("/admin/articles/\(id)/revisions/1/restore", ["base": "1"])
            #expect(stale.status == .conflict)
        }
    }

    @Test func changingAPublishedSlugLeavesARedirect() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor)
            let id = try #require(try await ArticleDesk(database: app.db).id(slug: "love-alarm-premise-and-love-triangle"))
            let entry = try #require(try await ArticleDesk(database: app.db).entry(id: id))
            try await editor.get("/admin/articles/\(id)/edit")
            _ = try await editor.post(
                "/admin/articles/\(id)/edit",
                [
                    "title": entry.article.title, "body": entry.article.body,
                    "slug": "love-alarm-explained", "base": String(entry.revision),
                ])
            let old = try await get(app, "/articles/love-alarm-premise-and-love-triangle")
            #expect(old.status == .movedPermanently, "\(backend)")
            #expect(old.headers.first(name: .location) == "/articles/love-alarm-explained")
        }
    }
}
