import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("The moderation queue")
struct ModerationTests {
    @Test func editorsApproveSpamAndTrashOneByOneOrTogether() async throws {
        try await withApp(demo: true) { app, backend in
            var ids: [String] = []
            for (name, body) in [("Ann", "One"), ("Bo", "Two"), ("Cy", "Three"), ("Dee", "Four")] {
                ids.append(try json(CommentDTO.self, try await postComment(app, ["name": name, "email": "\(name)@example.com", "body": body])).id)
            }
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            #expect(try await editor.get("/admin").text.contains("4 comments wait for a moderator."), "the overview says what waits")
            let queue = try await editor.get("/admin/comments")
            #expect(queue.status == .ok, "\(backend)")
            #expect(queue.text.contains("Held <span class=\"count\">4</span>"))
            #expect(queue.text.contains("first comment"), "the queue says why a comment waits")
            // Two ticked and approved together; the page the decision came from comes back.
            let bulk = try await editor.post("/admin/comments?x=1", [:])
            #expect(bulk.status == .badRequest, "a decision needs comments and an action")
            try await editor.get("/admin/comments")
            let together = try await editor.send(
                form: "_csrf=\(editor.csrf)&action=approve&ids%5B%5D=\(ids[0])&ids%5B%5D=\(ids[1])&back=%2Fadmin%2Fcomments%3Fstatus%3Dheld")
            #expect(together.status == .seeOther)
            #expect(together.headers.first(name: .location) == "/admin/comments?status=held&done=approve&moved=2")
            let done = try await editor.get("/admin/comments?status=held&done=approve&moved=2")
            #expect(done.text.contains("2 comments approved."))
            let spam = try await editor.post("/admin/comments", ["one": "spam:\(ids[2])"])
            #expect(spam.status == .seeOther)
            try await editor.get("/admin/comments")
            _ = try await editor.post("/admin/comments", ["one": "trash:\(ids[3])"])
            let demo = try await Comments(database: app.db).approvedCount(
                articleID: try #require(try await ArticleDesk(database: app.db).id(slug: "song-kang-career-profile")))
            let counts = try await CommentQueue(database: app.db).counts()
            #expect(counts[.spam] == 1 && counts[.trash] == 1 && counts[.held] == nil)
            #expect(
                try await Comments(database: app.db).approvedCount(
                    articleID: try #require(try await ArticleDesk(database: app.db).id(slug: demoStory))) == 2)
            #expect(demo == 3, "the demo's own comments are untouched")
            let shown = try json(ListDTO<CommentDTO>.self, try await get(app, "/api/v1/articles/\(demoStory)/comments"))
            #expect(shown.items.map(\.body) == ["One", "Two"])
            try await editor.get("/admin/comments")
            let unknown = try await editor.post("/admin/comments", ["one": "publish:\(ids[0])"])
            #expect(unknown.status == .badRequest)
            let audit = try await AuditLog(database: app.db).entries(Paging(page: 1, per: 10)).items
            #expect(audit.filter { $0.action.hasPrefix("moved comment") }.count == 4)
        }
    }

    @Test func aCommentersHistoryIsOneClickAway() async throws {
        try await withApp(demo: true) { app, backend in
            _ = try await postComment(app, ["name": "Mina", "email": "mina@example.com", "body": "First"])
            try await approveAll(app)
            _ = try await postComment(app, ["name": "Mina", "email": "mina@example.com", "body": "Buy https://a.test https://b.test https://c.test"])
            _ = try await postComment(app, ["name": "Other", "email": "other@example.com", "body": "Not Mina"])
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let queue = try await editor.get("/admin/comments")
            let key = CommentPosting.commenterKey(email: "Mina@example.com ", secret: try #require(app.siteSecret))
            let link = AdminCommentsPage.historyPath(key)
            #expect(queue.text.contains(link), "each row links to its commenter's history (\(backend))")
            #expect(queue.text.contains("1 held · 1 approved"), "with their record at a glance")
            let history = try await editor.get(link)
            #expect(history.status == .ok)
            #expect(history.text.contains("First") && history.text.contains("Buy"))
            #expect(!history.text.contains("Not Mina"))
        }
    }

    @Test func writersCannotModerate() async throws {
        try await withApp(demo: true) { app, backend in
            let id = try json(CommentDTO.self, try await postComment(app, ["name": "Ann", "body": "Hi"])).id
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/comments").status == .forbidden, "\(backend)")
            try await writer.get("/admin")
            #expect(try await writer.post("/admin/comments", ["one": "approve:\(id)"]).status == .forbidden)
            #expect(try await CommentQueue(database: app.db).counts()[.held] == 1)
            #expect(!(try await writer.get("/admin")).text.contains("/admin/comments"), "the menu offers what the role allows")
        }
    }

    @Test func oddInputToTheNewsroomsCommunityPagesIsRefusedPlainly() async throws {
        try await withApp(demo: true) { app, backend in
            let admin = try await signedIn(app, as: .admin)
            #expect(try await admin.get("/admin/comments?commenter=nonsense").status == .badRequest, "\(backend)")
            #expect(try await admin.get("/admin/comments?commenter=email:abc%22").status == .badRequest)
            // A NUL character is refused before any field is read (PostgreSQL would refuse it).
            #expect(try await admin.get("/admin/comments?commenter=%00").status == .ok, "the query is set aside")
            try await admin.get("/admin/blocklist")
            let nul = try await admin.post("/admin/blocklist", ["entries": "spam\u{0000}word\nfree"])
            #expect((400..<500).contains(Int(nul.status.code)))
            #expect(try await Settings(database: app.db).value(Settings.commentBlocklist) == nil)
            try await admin.get("/admin/blocklist")
            #expect(try await admin.post("/admin/blocklist", ["entries": "spam\u{0007}word\r\nfree"]).status == .seeOther)
            #expect(try await Settings(database: app.db).value(Settings.commentBlocklist) == "spamword\nfree")
            try await admin.get("/admin/polls")
            let slug = try await admin.post("/admin/polls", ["question": "Q?", "options": "A\nB", "page": "article", "slug": "Bad Slug!"])
            #expect(slug.status == .unprocessableEntity)
            #expect(slug.text.contains("lowercase words joined by hyphens"))
        }
    }

    @Test func theNULCharacterIsRefusedInEveryBodyAndQuery() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let article = try await api(app, .POST, "/api/v1/articles", token: token, ["title": "Bad\u{0000}title", "body": "x"])
            #expect(article.status == .badRequest, "\(backend)")
            #expect(article.text.contains("NUL"))
            let comment = try await postComment(app, ["name": "Jin", "body": "a\u{0000}b"])
            #expect(comment.status == .badRequest)
            #expect(try await get(app, "/search?q=a%00b").status != .internalServerError)
            #expect(try await get(app, "/api/v1/search?q=a%00b").status != .internalServerError)
            let escaped = try await api(app, .POST, "/api/v1/analyze", token: nil, ["text": "a\\u0000 is text, not a NUL"])
            #expect(escaped.status == .ok, "an escaped backslash before u0000 is just text")
        }
    }
}
