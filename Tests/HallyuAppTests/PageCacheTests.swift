import CompressNIO
import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// The public pages a reader or a partner app can fetch, one of each kind.
private let publicPages = [
    "/", "/?page=2&per=3", "/articles/han-so-hee-and-song-kang-nevertheless", "/articles/\(demoStory)",
    "/people/han-so-hee", "/people/song-kang", "/dramas/nevertheless", "/organizations/jtbc", "/couples/han-so-hee-and-song-kang",
    "/tags/nevertheless", "/feed.xml", "/atom.xml", "/feed.json", "/people/han-so-hee/feed.xml", "/sitemap.xml",
    "/sitemap-news.xml", "/search?q=han+so+hee", "/api/v1/articles", "/api/v1/articles/\(demoStory)",
    "/api/v1/articles/\(demoStory)/comments", "/api/v1/people/han-so-hee", "/api/v1/dramas/nevertheless",
    "/api/v1/couples/han-so-hee-and-song-kang", "/api/v1/search?q=nevertheless",
]

/// A page as the cache answers it, and as it is built with no cache in the way (an editor's
/// session cookie makes the cache step aside; the public handlers do not read it).
private func cachedAndFresh(_ app: Application, _ path: String) async throws -> (cached: String, fresh: String) {
    let cached = try await get(app, path)
    let fresh = try await get(app, path, headers: ["Cookie": "hallyu_session=fresh-build"])
    #expect(cached.status == fresh.status, "\(path)")
    if fresh.status == .ok { #expect(fresh.headers.first(name: "X-Cache") == "BYPASS", "\(path)") }
    return (withoutStamps(cached.text), withoutStamps(fresh.text))
}

/// The comment form's stamp carries the second it was made: the one part of a page that is
/// meant to differ between two builds.
private func withoutStamps(_ html: String) -> String {
    html.replacingOccurrences(of: #"name="_stamp" value="[^"]*""#, with: "", options: .regularExpression)
}

/// Where two texts part, with a little of each, for a readable failure.
private func difference(_ first: String, _ second: String) -> String {
    let shared = zip(first, second).prefix { $0 == $1 }.count
    let start = max(0, shared - 60)
    func excerpt(_ text: String) -> String { String(text.dropFirst(start).prefix(160)) }
    return "…\(excerpt(first))… against …\(excerpt(second))…"
}

@Suite("The page cache")
struct PageCacheTests {
    @Test func aSecondReadIsAHitWithTheSameBytesAndValidators() async throws {
        try await withApp(demo: true) { app, backend in
            let first = try await get(app, "/")
            let second = try await get(app, "/")
            #expect(first.headers.first(name: "X-Cache") == "MISS", "\(backend)")
            #expect(second.headers.first(name: "X-Cache") == "HIT")
            #expect(first.text == second.text)
            let etag = try #require(second.headers.first(name: .eTag))
            #expect(etag == first.headers.first(name: .eTag) && etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
            #expect(second.headers.first(name: .lastModified) != nil)
            #expect(second.headers.first(name: .cacheControl)?.contains("s-maxage=") == true)
            #expect(
                second.headers.first(name: .cacheControl)?.contains("max-age=0,") == true,
                "a browser asks again each time, so it never shows a page older than a write")
            #expect(second.headers.first(name: "CDN-Cache-Control")?.contains("stale-while-revalidate=") == true)
            #expect(second.headers.first(name: "Surrogate-Key")?.split(separator: " ").contains("articles") == true)
            #expect(second.headers[.vary].contains("Accept-Encoding"))
            #expect(second.headers.first(name: "Content-Security-Policy") != nil, "hits carry the security headers too")

            let tracked = try await get(app, "/?utm_source=kakao&fbclid=abc&utm_medium=social")
            #expect(tracked.headers.first(name: "X-Cache") == "HIT", "parameters no page reads share the plain page's entry")
            #expect(tracked.headers.first(name: .eTag) == etag)
            let reordered = try await get(app, "/?per=3&page=2&x=1")
            let ordered = try await get(app, "/?page=2&per=3")
            #expect(reordered.headers.first(name: .eTag) == ordered.headers.first(name: .eTag))
            #expect(ordered.headers.first(name: "X-Cache") == "HIT")
        }
    }

    @Test func validatorsEncodingAndHeadAreAnsweredFromTheEntry() async throws {
        try await withApp(demo: true) { app, backend in
            let path = "/articles/han-so-hee-and-song-kang-nevertheless"
            let page = try await get(app, path)
            let etag = try #require(page.headers.first(name: .eTag))
            let notModified = try await get(app, path, headers: ["If-None-Match": etag])
            #expect(notModified.status == .notModified, "\(backend)")
            #expect(notModified.body.readableBytes == 0)
            #expect(try await get(app, path, headers: ["If-None-Match": "W/" + etag]).status == .notModified, "weak comparison")
            #expect(try await get(app, path, headers: ["If-None-Match": "\"nope\", " + etag]).status == .notModified)
            #expect(try await get(app, path, headers: ["If-None-Match": "junk"]).status == .ok)
            let many = (0..<1_000).map { "\"tag\($0)\"" }.joined(separator: ", ") + ", " + etag
            #expect(try await get(app, path, headers: ["If-None-Match": many]).status == .ok, "a thousand tags are not all read")
            let since = try #require(page.headers.first(name: .lastModified))
            #expect(try await get(app, path, headers: ["If-Modified-Since": since]).status == .notModified)
            #expect(try await get(app, path, headers: ["If-Modified-Since": "yesterday"]).status == .ok)

            let zipped = try await get(app, path, headers: ["Accept-Encoding": "br, gzip;q=0.8"])
            #expect(zipped.headers.first(name: .contentEncoding) == "gzip")
            #expect(zipped.body.readableBytes < page.body.readableBytes / 2)
            var compressed = zipped.body
            let unzipped = try compressed.decompress(with: .gzip())
            #expect(String(buffer: unzipped) == page.text, "the gzip copy holds the same page")
            #expect(zipped.headers.first(name: .eTag) == etag)
            let refused = try await get(app, path, headers: ["Accept-Encoding": "gzip;q=0, identity"])
            #expect(refused.headers.first(name: .contentEncoding) == nil)
            #expect(refused.text == page.text)
            let odd = String(repeating: "x-made-up-coding;q=0.5, ", count: 2_000)
            let oddAnswer = try await get(app, path, headers: ["Accept-Encoding": odd])
            #expect(oddAnswer.status == .ok && oddAnswer.text == page.text)

            let head = try await app.testing().sendRequest(.HEAD, path)
            #expect(head.status == .ok)
            #expect(head.headers.first(name: .eTag) == etag)
        }
    }

    @Test func readersShareEveryPageAndOnlyTheirOwnPollAnswerIsBuiltForThem() async throws {
        try await withApp(demo: true) { app, backend in
            // The couple page has a poll, and is the same for a voter as for everyone.
            let polled = "/couples/han-so-hee-and-song-kang"
            #expect(try await get(app, polled).headers.first(name: "X-Cache") == "MISS", "\(backend)")
            #expect(try await get(app, polled, headers: ["Cookie": "theme=dark; hallyu_voter=abc.def"]).headers.first(name: "X-Cache") == "HIT")
            #expect(try await get(app, polled, headers: ["Cookie": "hallyu_commenter=abc.def"]).headers.first(name: "X-Cache") == "HIT")
            // The poll's API answer shows a voter their results: built for them, never kept.
            let poll = try #require(try await Polls(database: app.db).list(Paging(page: 1, per: 10)).items.first { $0.attachedTo.kind == .couple })
            let path = "/api/v1/polls/\(poll.id)"
            let voter = try await get(app, path, headers: ["Cookie": "hallyu_voter=abc.def"])
            #expect(voter.headers.first(name: "X-Cache") == "BYPASS")
            #expect(voter.headers.first(name: .cacheControl)?.contains("private") == true)
            #expect(try await get(app, path).headers.first(name: "X-Cache") == "MISS", "nothing built from a reader's cookie was stored")
            #expect(try await get(app, path).headers.first(name: "X-Cache") == "HIT")
            #expect(
                try await get(app, path, headers: ["Cookie": "hallyu_voter=abc.def"]).headers.first(name: "X-Cache") == "BYPASS",
                "the shared answer is not given to a voter")
            // The newsroom's view is never shared, whatever the page.
            for headers: HTTPHeaders in [["Cookie": "hallyu_session=xyz"], ["Authorization": "Bearer nonsense"]] {
                let signedIn = try await get(app, polled, headers: headers)
                #expect(signedIn.headers.first(name: "X-Cache") == "BYPASS")
                #expect(signedIn.headers.first(name: .cacheControl)?.contains("private") == true)
            }
        }
    }

    @Test func whatOneReaderTypesNeverReachesAnotherReadersCopy() async throws {
        try await withApp(demo: true) { app, backend in
            let path = "/articles/\(demoStory)"
            _ = try await get(app, path)
            // A refused comment shows the form as typed, with the reader's name and address.
            let reader = Browser(app)
            let refused = try await reader.post(
                path + "/comments",
                [
                    "name": "Private Reader", "email": "private@reader.test",
                    "body": "My secret words", "_stamp": "bad",
                ])
            #expect(refused.status == .badRequest, "\(backend)")
            #expect(refused.text.contains("private@reader.test"))
            let other = try await get(app, path)
            #expect(other.headers.first(name: "X-Cache") == "HIT")
            #expect(
                !other.text.contains("private@reader.test") && !other.text.contains("My secret words")
                    && !other.text.contains("Private Reader"))
            #expect(other.headers.setCookie == nil)
            // A comment that is published: the next reader sees it, and nothing of the writer's cookie.
            let sent = try await postComment(app, ["name": "Public Reader", "body": "Lovely piece."])
            #expect(sent.status == .accepted, "a first comment is held")
            try await approveAll(app)
            let second = try await postComment(
                app, ["name": "Public Reader", "body": "Another thought."],
                cookie: cookieHeader(sent, "hallyu_commenter"))
            #expect(second.status == .created)
            let after = try await get(app, path)
            #expect(after.text.contains("Another thought."), "published at once, and the cached copy went with it")
            #expect(after.headers.setCookie == nil)
        }
    }

    @Test func everyKindOfWriteIsSeenByTheNextReader() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await apiToken(app, role: .editor, email: "cache-editor@news.test")
            let moderator = try await signedIn(app, as: .admin, email: "cache-admin@news.test")
            let lead = "han-so-hee-and-song-kang-nevertheless"
            let leadID = try #require(try await ArticleRepository(database: app.db).published(slug: lead)).id
            let hero = try #require(
                try await MediaLibrary(database: app.db).list(query: "", Paging(page: 1, per: 100)).items
                    .first { $0.heroUses > 0 }
            ).media
            var pollID = ""
            var scheduledSlug = ""
            let writes: [(String, () async throws -> Void)] = [
                (
                    "an edit to a published story",
                    {
                        let edited = try await api(app, .PATCH, "/api/v1/articles/\(demoStory)", token: editor, ["dek": "Freshly edited dek."])
                        #expect(edited.status == .ok, "\(edited.text)")
                    }
                ),
                (
                    "unpublishing a story",
                    {
                        let answer = try await api(app, .POST, "/api/v1/articles/\(demoStory)/unpublish", token: editor)
                        #expect(answer.status == .ok, "\(answer.text)")
                    }
                ),
                (
                    "publishing it again",
                    {
                        let answer = try await api(app, .POST, "/api/v1/articles/\(demoStory)/publish", token: editor)
                        #expect(answer.status == .ok, "\(answer.text)")
                    }
                ),
                (
                    "a person corrected",
                    {
                        let saved = try await api(app, .PATCH, "/api/v1/people/han-so-hee", token: editor, ["birthDate": "1994-11-18"])
                        #expect(saved.status == .ok, "\(saved.text)")
                    }
                ),
                (
                    "a title corrected",
                    {
                        let saved = try await api(
                            app, .PATCH, "/api/v1/titles/nevertheless", token: editor,
                            ["synopsis": "Two art students and a label nobody wants."])
                        #expect(saved.status == .ok, "\(saved.text)")
                    }
                ),
                (
                    "a couple's status entry",
                    {
                        let added = try await api(
                            app, .POST, "/api/v1/couples/han-so-hee-and-song-kang/status", token: editor,
                            [
                                "status": "denied", "date": "2023-01-05", "statement": "Both agencies said they are friends.",
                                "sourceUrl": "https://news.example.com/denial",
                            ])
                        #expect(added.status == .created, "\(added.text)")
                    }
                ),
                (
                    "a comment approved by a moderator",
                    {
                        #expect(try await postComment(app, ["name": "Held Reader", "body": "Waiting for a moderator."]).status == .accepted)
                        let held = try await CommentQueue(database: app.db).items(status: .held, commenterKey: nil, Paging(page: 1, per: 10))
                        try await moderator.get("/admin/comments")
                        let decided = try await moderator.send(
                            form: "action=approve&" + held.items.map { "ids%5B%5D=\($0.comment.id)" }.joined(separator: "&")
                                + "&_csrf=\(moderator.csrf)")
                        #expect(decided.status == .seeOther)
                    }
                ),
                (
                    "comments closed",
                    {
                        try await moderator.get("/admin/articles/\(leadID)/edit")
                        #expect(try await moderator.post("/admin/articles/\(leadID)/comments", ["open": "false"]).status == .seeOther)
                    }
                ),
                (
                    "a poll put on a story",
                    {
                        let made = try await api(
                            app, .POST, "/api/v1/polls", token: editor,
                            ["question": "Best scene?", "options": ["The kiss", "The rain"], "article": lead])
                        #expect(made.status == .created, "\(made.text)")
                        struct Made: Decodable { var id: String }
                        pollID = try json(Made.self, made).id
                    }
                ),
                (
                    "the poll closed",
                    {
                        let closed = try await api(app, .POST, "/api/v1/polls/\(pollID)/close", token: editor)
                        #expect(closed.status == .ok, "\(closed.text)")
                    }
                ),
                (
                    "a hero image described anew",
                    {
                        try await moderator.get("/admin/media")
                        let described = try await moderator.post(
                            "/admin/media/\(hero.id)",
                            [
                                "alt": "Two students under a paper umbrella", "credit": "Hallyu Studio, redrawn", "caption": hero.caption,
                                "licence": hero.licence,
                            ])
                        #expect(described.status == .ok)
                    }
                ),
                (
                    "a scheduled story going out",
                    {
                        let made = try await api(
                            app, .POST, "/api/v1/articles", token: editor,
                            ["title": "Song Kang signs for a new series", "body": "[[Song Kang]] has a new role."])
                        #expect(made.status == .created, "\(made.text)")
                        struct Made: Decodable { var slug: String }
                        scheduledSlug = try json(Made.self, made).slug
                        let at = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3_600))
                        let scheduled = try await api(app, .POST, "/api/v1/articles/\(scheduledSlug)/schedule", token: editor, ["at": at])
                        #expect(scheduled.status == .ok, "\(scheduled.text)")
                        #expect(try await ScheduledPublisher.publishDue(app, now: Date().addingTimeInterval(7_200)) == 1)
                    }
                ),
            ]
            for (write, perform) in writes {
                for path in publicPages { _ = try await get(app, path) }
                try await perform()
                for path in publicPages + (pollID.isEmpty ? [] : ["/api/v1/polls/\(pollID)"]) {
                    let (cached, fresh) = try await cachedAndFresh(app, path)
                    #expect(cached == fresh, "after \(write), \(path) on \(backend) differs from a fresh build: \(difference(cached, fresh))")
                }
            }
            #expect(try await get(app, "/").text.contains("Song Kang signs for a new series"))
            #expect(try await get(app, "/articles/\(scheduledSlug)").status == .ok)
        }
    }
}
