import Fluent
import Foundation
import HallyuCore
import HallyuStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Comments: posting, the rules that hold them, and what readers see")
struct CommentTests {
    @Test func aFirstCommentIsHeldAndTheNextPublishesOnceOneWasApproved() async throws {
        try await withApp(demo: true) { app, backend in
            let first = try await postComment(app, ["name": "Soo-ah", "email": "Sooah@Example.com", "body": "Navillera made me cry."])
            #expect(first.status == .accepted, "\(backend)")
            let held = try json(CommentDTO.self, first)
            #expect(held.status == "held")
            let hidden = try json(ListDTO<CommentDTO>.self, try await get(app, "/api/v1/articles/\(demoStory)/comments"))
            #expect(hidden.total == 0, "a held comment is not shown")
            try await approveAll(app)
            // The same reader, known by the e-mail address however it is capitalised.
            let second = try await postComment(app, ["name": "Soo-ah", "email": "sooah@example.com", "body": "And Sweet Home too."])
            #expect(second.status == .created)
            #expect(try json(CommentDTO.self, second).status == "approved")
            let shown = try json(ListDTO<CommentDTO>.self, try await get(app, "/api/v1/articles/\(demoStory)/comments"))
            #expect(shown.items.map(\.body) == ["Navillera made me cry.", "And Sweet Home too."], "oldest first")
            let page = try await get(app, "/articles/\(demoStory)")
            #expect(page.text.contains("2 comments"), "the article shows its approved count")
            #expect(!page.text.contains("Sooah@Example.com") && !page.text.contains("sooah@example.com"), "e-mail is never shown")
            let stored = try await CommentQueue(database: app.db).items(status: nil, commenterKey: nil, Paging(page: 1, per: 10))
            #expect(stored.items.contains { $0.comment.email == "Sooah@Example.com" }, "kept as given for the site's owner")
        }
    }

    @Test func theFormKeepsWhatWasTypedWhenACommentIsRefused() async throws {
        try await withApp(demo: true) { app, backend in
            let reader = Browser(app)
            let page = try await reader.get("/articles/\(demoStory)")
            #expect(page.text.contains("id=\"comment-form\""), "\(backend)")
            let path = "/articles/\(demoStory)/comments"
            let noName = try await reader.post(path, ["name": "", "body": "Loved <the> finale & more", "_stamp": try agedStamp(app)])
            #expect(noName.status == .badRequest)
            #expect(noName.text.contains("Give a name to show with your comment."))
            #expect(noName.text.contains("Loved &lt;the&gt; finale &amp; more"), "the typed text comes back, escaped")
            // Sent the moment the form was shown: a script's speed.
            let fresh = FormStamp.make(try #require(app.siteSecret), scope: demoStory, now: app.now)
            let quick = try await reader.post(path, ["name": "Jin", "email": "jin@example.com", "body": "Hello", "_stamp": fresh])
            #expect(quick.status == .badRequest)
            #expect(quick.text.contains("That was quick"))
            #expect(quick.text.contains("value=\"jin@example.com\""), "the e-mail address stays in its field")
            let forged = try await reader.post(path, ["name": "Jin", "body": "Hello", "_stamp": "1.forged"])
            #expect(forged.status == .badRequest)
            #expect(forged.text.contains("expired"))
            let old = try await reader.post(path, ["name": "Jin", "body": "Hello", "_stamp": try agedStamp(app, secondsAgo: 2 * 86_400)])
            #expect(old.status == .badRequest, "a day-old page is stale")
            let otherStory = try await reader.post(path, ["name": "Jin", "body": "Hello", "_stamp": try agedStamp(app, "another-story")])
            #expect(otherStory.status == .badRequest, "a stamp is good for its own article only")
            let good = try await reader.post(path, ["name": "Jin", "body": "Hello", "_stamp": try agedStamp(app)])
            #expect(good.status == .seeOther)
            #expect(good.headers.first(name: .location) == "/articles/\(demoStory)?comment=held#comment-form")
            let after = try await reader.get("/articles/\(demoStory)?comment=held")
            #expect(after.text.contains("waiting for a moderator"))
        }
    }

    @Test func theCommenterCookieRecognisesAReaderWithoutAnEmailAddress() async throws {
        try await withApp(demo: true) { app, backend in
            let reader = Browser(app)
            try await reader.get("/articles/\(demoStory)")
            let path = "/articles/\(demoStory)/comments"
            let first = try await reader.post(path, ["name": "Jin", "body": "First!", "_stamp": try agedStamp(app)])
            #expect(first.headers.first(name: .location)?.contains("comment=held") == true, "\(backend)")
            let cookie = try #require(reader.cookies["hallyu_commenter"])
            try await approveAll(app)
            let second = try await reader.post(path, ["name": "Jin", "body": "Second, published at once.", "_stamp": try agedStamp(app)])
            let location = try #require(second.headers.first(name: .location))
            #expect(location.contains("comment=published") && location.contains("#comment-"), "\(location)")
            let shown = try await reader.get(location)
            #expect(shown.text.contains("Second, published at once."))
            #expect(shown.text.contains("Thanks! Your comment is published."))
            // A cookie the site did not sign is nobody's.
            let stranger = Browser(app)
            stranger.cookies["hallyu_commenter"] = cookie.split(separator: ".")[0] + ".not-the-signature"
            try await stranger.get("/articles/\(demoStory)")
            let forged = try await stranger.post(path, ["name": "Jin", "body": "Pretending to be Jin.", "_stamp": try agedStamp(app)])
            #expect(forged.headers.first(name: .location)?.contains("comment=held") == true)
        }
    }

    @Test func commentsAreEscapedAndTheirLinksCarryNofollow() async throws {
        try await withApp(demo: true) { app, backend in
            let body = "<script>alert(1)</script> \"quoted\" see https://example.com/a?b=1&c=2.\n\nSecond <b>paragraph</b>"
            let response = try await postComment(app, ["name": "<img src=x onerror=alert(1)>", "body": body])
            #expect(response.status == .accepted, "\(backend)")
            try await approveAll(app)
            let page = try await get(app, "/articles/\(demoStory)").text
            #expect(!page.contains("<script>alert(1)"), "no markup from a reader reaches the page")
            #expect(!page.contains("<img src=x"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(page.contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"))
            #expect(page.contains("<p>Second &lt;b&gt;paragraph&lt;/b&gt;</p>"), "blank lines make paragraphs")
        }
    }

    @Test func badCommentsAreRefusedWithAClearMessage() async throws {
        try await withApp(demo: true) { app, backend in
            let cases: [([String: any Sendable], String)] = [
                (["name": "Jin", "body": ""], "Write something"),
                (["name": "Jin", "body": "   \n\t  "], "Write something"),
                (["name": "Jin", "body": "\u{0001}\u{0002}\u{007F}\u{200B}"], "Write something"),
                (["name": "Jin", "body": String(repeating: "가", count: 5001)], "5,000"),
                (["name": "", "body": "Hello"], "Give a name"),
                (["name": String(repeating: "n", count: 81), "body": "Hello"], "80"),
                (["name": "Jin", "email": "not an address", "body": "Hello"], "e-mail address"),
                (["name": "Jin", "body": "Hello", "parent": "not-a-comment"], "replying to"),
            ]
            for (input, words) in cases {
                let response = try await postComment(app, input)
                #expect(response.status == .badRequest, "\(input) (\(backend))")
                #expect(response.text.contains(words), "\(response.text)")
                #expect(response.text.contains("\"bad_request\""))
            }
            let notJSON = try await app.testing().sendRequest(
                .POST, "/api/v1/articles/\(demoStory)/comments",
                headers: ["Content-Type": "application/json"], body: ByteBuffer(string: "{nope"))
            #expect(notJSON.status == .badRequest)
            let longest = try await postComment(app, ["name": "Jin", "body": String(repeating: "가", count: 5000)])
            #expect(longest.status == .accepted, "5,000 characters is the limit, not over it")
            let stored = try await CommentQueue(database: app.db).counts()
            #expect(stored[.held] == 1, "nothing refused was stored")
        }
    }

    @Test func moreThanTwoLinksAreHeldEvenFromAKnownCommenter() async throws {
        try await withApp(demo: true) { app, backend in
            _ = try await postComment(app, ["name": "Mina", "email": "mina@example.com", "body": "Hi"])
            try await approveAll(app)
            let two = try await postComment(app, ["name": "Mina", "email": "mina@example.com", "body": "https://a.test/1 and www.b.test"])
            #expect(two.status == .created, "two links are fine (\(backend))")
            let three = try await postComment(
                app,
                [
                    "name": "Mina", "email": "mina@example.com",
                    "body": "https://a.test/1 https://a.test/2 https://a.test/3",
                ])
            #expect(three.status == .accepted)
            let held = try await CommentQueue(database: app.db).items(status: .held, commenterKey: nil, Paging(page: 1, per: 10))
            #expect(held.items.first?.comment.reason == "more than 2 links")
        }
    }

    @Test func theHoneypotAndTheBlocklistSendCommentsToSpam() async throws {
        try await withApp(demo: true) { app, backend in
            let admin = try await signedIn(app, as: .admin)
            try await admin.get("/admin/blocklist")
            let saved = try await admin.post("/admin/blocklist", ["entries": "# sellers\nfree followers\n@spam.test\n203.0.113.0/24"])
            #expect(saved.status == .seeOther, "\(backend)")
            let page = try await admin.get("/admin/blocklist")
            #expect(page.text.contains("# sellers"), "the admin's notes are kept")
            let phrase = try await postComment(app, ["name": "Bot", "body": "Get FREE   followers today"])
            #expect(phrase.status == .accepted, "answered like any held comment")
            let address = try await postComment(app, ["name": "Bot", "email": "x@mail.spam.test", "body": "Hello there"])
            #expect(address.status == .accepted)
            let innocent = try await postComment(app, ["name": "Ann", "body": "My followers love this drama"])
            #expect(innocent.status == .accepted)
            let reader = Browser(app)
            try await reader.get("/articles/\(demoStory)")
            let trap = try await reader.post(
                "/articles/\(demoStory)/comments",
                ["name": "Bot", "body": "Nice", "homepage": "https://spam.example", "_stamp": try agedStamp(app)])
            #expect(trap.headers.first(name: .location)?.contains("comment=held") == true, "a bot learns nothing")
            let queue = CommentQueue(database: app.db)
            let spam = try await queue.items(status: .spam, commenterKey: nil, Paging(page: 1, per: 10)).items.map(\.comment)
            #expect(spam.count == 3)
            #expect(Set(spam.compactMap(\.reason)) == ["blocklist: free followers", "blocklist: @spam.test", "filled in the hidden field"])
            let held = try await queue.items(status: .held, commenterKey: nil, Paging(page: 1, per: 10)).items
            #expect(held.map(\.comment.name) == ["Ann"])
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            #expect(try await editor.get("/admin/blocklist").status == .forbidden, "the blocklist is for admins")
        }
    }

    @Test func blockedClientAddressesGoToSpamBehindATrustedProxy() async throws {
        try await withApp(demo: true, adjust: { $0.trustedProxies = ["127.0.0.1", "::1"] }) { app, backend in
            try await Settings(database: app.db).set(Settings.commentBlocklist, "203.0.113.0/24")
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            for address in ["203.0.113.50", "198.51.100.50"] {
                let response = try await tester.sendRequest(
                    .POST, "/api/v1/articles/\(demoStory)/comments",
                    headers: ["X-Forwarded-For": address],
                    beforeRequest: { request in
                        try request.content.encode(["name": "Reader", "body": "From \(address)"], as: .json)
                    })
                #expect(response.status == .accepted, "\(backend)")
            }
            let spam = try await CommentQueue(database: app.db).items(status: .spam, commenterKey: nil, Paging(page: 1, per: 10))
            #expect(spam.items.map(\.comment.body) == ["From 203.0.113.50"])
        }
    }

    @Test func oneAddressMayPostFiveCommentsAMinuteAndNoRepeats() async throws {
        try await withApp(demo: true) { app, backend in
            let repeated = try await postComment(app, ["name": "Jin", "body": "Same words"])
            #expect(repeated.status == .accepted, "\(backend)")
            let again = try await postComment(app, ["name": "Someone else", "body": "Same words"])
            #expect(again.status == .conflict, "the same text from the same address is a repeat")
            #expect(again.text.contains("\"conflict\""))
            for index in 2...5 {
                let response = try await postComment(app, ["name": "Jin", "body": "Comment \(index)"])
                #expect(response.status == .accepted)
            }
            let sixth = try await postComment(app, ["name": "Jin", "body": "Comment 6"])
            #expect(sixth.status == .tooManyRequests)
            let wait = try #require(sixth.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect((1...60).contains(wait))
            #expect(sixth.text.contains("\"rate_limited\""))
            let stored = try await CommentQueue(database: app.db).counts()
            #expect(stored[.held] == 5, "the refused ones were not stored")
        }
    }

    @Test func aSpoofedForwardedForDoesNotDodgeTheLimit() async throws {
        // No trusted proxy: X-Forwarded-For is the client's own writing and counts for nothing.
        try await withApp(demo: true) { app, backend in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            var statuses: [HTTPStatus] = []
            for index in 1...6 {
                let response = try await tester.sendRequest(
                    .POST, "/api/v1/articles/\(demoStory)/comments",
                    headers: ["X-Forwarded-For": "198.51.100.\(index)"],
                    beforeRequest: { request in
                        try request.content.encode(["name": "Jin", "body": "Spoofed \(index)"], as: .json)
                    })
                statuses.append(response.status)
            }
            #expect(statuses == Array(repeating: .accepted, count: 5) + [.tooManyRequests], "\(backend)")
        }
        // Through a trusted proxy each forwarded address has its own count, and only the entry
        // the proxy added is believed.
        try await withApp(demo: true, adjust: { $0.trustedProxies = ["127.0.0.1", "::1"] }) { app, backend in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            func post(_ forwarded: String, _ index: Int) async throws -> HTTPStatus {
                try await tester.sendRequest(
                    .POST, "/api/v1/articles/\(demoStory)/comments",
                    headers: ["X-Forwarded-For": forwarded],
                    beforeRequest: { request in
                        try request.content.encode(["name": "Jin", "body": "Proxied \(forwarded) \(index)"], as: .json)
                    }
                ).status
            }
            for index in 1...5 { #expect(try await post("192.0.2.\(index), 198.51.100.9", index) == .accepted, "\(backend)") }
            #expect(try await post("192.0.2.99, 198.51.100.9", 6) == .tooManyRequests, "the left part is the client's own claim")
            #expect(try await post("198.51.100.10", 7) == .accepted)
        }
    }

    @Test func clientAddressesAreStoredOnlyAsSaltedHashes() async throws {
        try await withApp(demo: true, adjust: { $0.trustedProxies = ["127.0.0.1", "::1"] }) { app, backend in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            _ = try await tester.sendRequest(
                .POST, "/api/v1/articles/\(demoStory)/comments", headers: ["X-Forwarded-For": "198.51.100.77"],
                beforeRequest: { request in
                    try request.content.encode(["name": "Jin", "body": "Hello"], as: .json)
                })
            let sql = try #require(app.db as? any SQLDatabase)
            let rows = try await sql.raw("SELECT * FROM comments WHERE body = 'Hello'").all()
            #expect(rows.count == 1, "\(backend)")
            let hash = try rows[0].decode(column: "address_hash", as: String.self)
            #expect(hash == (try #require(app.siteSecret)).hash(address: "198.51.100.77"))
            #expect(hash != SecretToken.hash("198.51.100.77"), "salted with the site's secret, not a bare hash")
            for column in rows[0].allColumns {
                let value = (try? rows[0].decode(column: column, as: String?.self)) ?? nil
                #expect(value?.contains("198.51.100.77") != true, "\(column) holds no address")
            }
        }
    }

    @Test func draftsUnknownAndClosedArticlesTakeNoComments() async throws {
        try await withApp(demo: true) { app, backend in
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let made = try await api(app, .POST, "/api/v1/articles", token: token, ["title": "A draft for later", "body": "Soon."])
            struct Made: Decodable { var slug: String }
            let draft = try json(Made.self, made).slug
            #expect(try await postComment(app, ["name": "Jin", "body": "Hi"], to: draft).status == .notFound, "\(backend)")
            #expect(try await postComment(app, ["name": "Jin", "body": "Hi"], to: "no-such-story").status == .notFound)
            #expect(try await get(app, "/api/v1/articles/\(draft)/comments").status == .notFound)
            let editor = try await signedIn(app, as: .editor, email: "editor2@news.test")
            let id = try #require(try await ArticleDesk(database: app.db).id(slug: demoStory))
            let edit = try await editor.get("/admin/articles/\(id)/edit")
            #expect(edit.text.contains("Close comments"))
            let closed = try await editor.post("/admin/articles/\(id)/comments", ["open": "false"])
            #expect(closed.status == .seeOther)
            let refused = try await postComment(app, ["name": "Jin", "body": "Too late?"])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Comments are closed"))
            let reader = Browser(app)
            let page = try await reader.get("/articles/\(demoStory)")
            #expect(page.text.contains("Comments are closed on this story."))
            #expect(!page.text.contains("id=\"comment-form\""))
            let form = try await reader.post(
                "/articles/\(demoStory)/comments", ["name": "Jin", "body": "Typed before it closed", "_stamp": try agedStamp(app)])
            #expect(form.status == .forbidden)
            #expect(form.text.contains("Typed before it closed"), "the reader can still copy what they wrote")
            let audit = try await AuditLog(database: app.db).entries(Paging(page: 1, per: 5)).items
            #expect(audit.contains { $0.action == "closed comments" })
        }
    }

    @Test func aReplyToAReplyJoinsTheTopLevelThread() async throws {
        try await withApp(demo: true) { app, backend in
            let top = try json(CommentDTO.self, try await postComment(app, ["name": "Ann", "body": "Top"]))
            try await approveAll(app)
            let reply = try json(CommentDTO.self, try await postComment(app, ["name": "Bo", "body": "Reply", "parent": top.id]))
            #expect(reply.parent == top.id, "\(backend)")
            try await approveAll(app)
            let nested = try json(CommentDTO.self, try await postComment(app, ["name": "Cy", "body": "Reply to a reply", "parent": reply.id]))
            #expect(nested.parent == top.id, "threads go one level deep")
            try await approveAll(app)
            let list = try json(ListDTO<CommentDTO>.self, try await get(app, "/api/v1/articles/\(demoStory)/comments"))
            #expect(list.total == 1)
            #expect(list.items.first?.replies?.map(\.body) == ["Reply", "Reply to a reply"])
            let held = try json(CommentDTO.self, try await postComment(app, ["name": "Dee", "body": "Held one"]))
            let toHeld = try await postComment(app, ["name": "Eve", "body": "Answer", "parent": held.id])
            #expect(toHeld.status == .badRequest, "a comment readers cannot see takes no replies")
            let page = try await get(app, "/articles/\(demoStory)?reply=\(top.id)")
            #expect(page.text.contains("Reply to <strong") || page.text.contains("Reply to Ann"))
            #expect(page.text.contains("name=\"parent\" value=\"\(top.id)\""))
        }
    }

    @Test func threadsArePaginatedPastFifty() async throws {
        try await withApp(demo: true) { app, backend in
            let comments = Comments(database: app.db)
            let article = try #require(try await comments.target(articleSlug: demoStory))
            let start = Date().addingTimeInterval(-3600)
            for index in 1...51 {
                _ = try await comments.add(
                    .init(
                        articleID: article.id, parentID: nil, name: "Reader \(index)", email: nil,
                        body: "Comment number \(index)", verdict: CommentVerdict(status: .approved),
                        commenterKey: "test:\(index)", addressHash: "h\(index)"),
                    at: start.addingTimeInterval(TimeInterval(index)))
            }
            let first = try await get(app, "/articles/\(demoStory)")
            #expect(first.text.contains("51 comments"), "\(backend)")
            #expect(first.text.contains("Comment number 50") && !first.text.contains("Comment number 51<"))
            #expect(first.text.contains("?comments=2#comments"))
            let second = try await get(app, "/articles/\(demoStory)?comments=2")
            #expect(second.text.contains("Comment number 51") && !second.text.contains("Comment number 1<"))
            let api = try json(ListDTO<CommentDTO>.self, try await get(app, "/api/v1/articles/\(demoStory)/comments?page=2"))
            #expect(api.items.map(\.body) == ["Comment number 51"])
            #expect(api.total == 51 && api.per == 50)
        }
    }

    @Test func storiesCarryPlainShareLinksAndNoThirdPartyScript() async throws {
        try await withApp(demo: true) { app, backend in
            let page = try await get(app, "/articles/\(demoStory)").text
            let url = QueryValue.encoded("http://news.test/articles/\(demoStory)")
            for prefix in [
                "https://twitter.com/intent/tweet?", "https://www.facebook.com/sharer/sharer.php?u=\(url)",
                "https://www.reddit.com/submit?url=\(url)", "https://wa.me/?text=",
                "https://social-plugins.line.me/lineit/share?url=\(url)", "https://story.kakao.com/share?url=\(url)",
            ] {
                #expect(page.contains(prefix.replacingOccurrences(of: "&", with: "&amp;")), "\(prefix) (\(backend))")
            }
            #expect(page.contains("data-copy=\"#share-url\" hidden"), "the copy button waits for script to show it")
            #expect(
                page.contains("<li hidden><button type=\"button\" class=\"share__link share__native\""),
                "so does the phone's share sheet, for KakaoTalk and the other apps")
            let scripts = page.components(separatedBy: "<script src=\"").dropFirst().map { $0.prefix(while: { $0 != "\"" }) }
            #expect(scripts.allSatisfy { $0.hasPrefix("/") }, "only the site's own scripts: \(scripts)")
        }
    }

    @Test func anotherSitesPageCannotPostForItsVisitors() async throws {
        try await withApp(demo: true) { app, backend in
            func post(_ headers: HTTPHeaders, _ body: String, _ type: String = "application/json") async throws -> TestingHTTPResponse {
                var headers = headers
                headers.contentType = HTTPMediaType(type: String(type.split(separator: "/")[0]), subType: String(type.split(separator: "/")[1]))
                return try await app.testing().sendRequest(
                    .POST, "/api/v1/articles/\(demoStory)/comments", headers: headers,
                    body: ByteBuffer(string: body))
            }
            let json = #"{"name": "Jin", "body": "Hello"}"#
            #expect(try await post(["Sec-Fetch-Site": "cross-site"], json).status == .forbidden, "\(backend)")
            #expect(try await post(["Origin": "https://elsewhere.example"], json).status == .forbidden)
            #expect(try await post(["Origin": "null"], json).status == .forbidden, "a sandboxed frame names no origin")
            let form = try await post([:], "name=Jin&body=Hello", "application/x-www-form-urlencoded")
            #expect(form.status == .unsupportedMediaType, "a form body needs no permission to cross sites; JSON does")
            #expect(try await post(["Sec-Fetch-Site": "same-origin"], json).status == .accepted)
            #expect(try await post(["Origin": "http://news.test"], #"{"name": "Jin", "body": "Hello again"}"#).status == .accepted)
            let reader = Browser(app)
            try await reader.get("/articles/\(demoStory)")
            let refused = try await app.testing().sendRequest(
                .POST, "/articles/\(demoStory)/comments",
                headers: ["Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=Jin&body=Elsewhere&_stamp=\(try agedStamp(app))"))
            #expect(refused.status == .forbidden)
            #expect(try await CommentQueue(database: app.db).counts()[.held] == 2)
        }
    }

    @Test func anIPv6ClientCountsByItsNetwork() async throws {
        try await withApp(demo: true, adjust: { $0.trustedProxies = ["127.0.0.1", "::1"] }) { app, backend in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            func post(_ address: String, _ index: Int) async throws -> HTTPStatus {
                try await tester.sendRequest(
                    .POST, "/api/v1/articles/\(demoStory)/comments", headers: ["X-Forwarded-For": address],
                    beforeRequest: { request in
                        try request.content.encode(["name": "Jin", "body": "From \(address) \(index)"], as: .json)
                    }
                ).status
            }
            for index in 1...5 { #expect(try await post("2001:db8:1:2::\(index)", index) == .accepted, "\(backend)") }
            #expect(try await post("2001:db8:1:2::99", 6) == .tooManyRequests, "another address of the same /64 is the same client")
            #expect(try await post("2001:db8:1:3::1", 7) == .accepted)
        }
    }

    @Test func aThreadTakenDownTakesNoReplies() async throws {
        try await withApp(demo: true) { app, backend in
            let top = try json(CommentDTO.self, try await postComment(app, ["name": "Ann", "body": "Top"]))
            try await approveAll(app)
            let reply = try json(CommentDTO.self, try await postComment(app, ["name": "Bo", "body": "Reply", "parent": top.id]))
            try await approveAll(app)
            _ = try await CommentQueue(database: app.db).move(ids: [top.id], to: .spam)
            let answer = try await postComment(app, ["name": "Cy", "body": "To the reply", "parent": reply.id])
            #expect(answer.status == .badRequest, "\(backend)")
            let page = try await get(app, "/articles/\(demoStory)?reply=\(reply.id)")
            #expect(!page.text.contains("Reply to"), "the name taken down is not shown again")
        }
    }

    @Test func anOldLinkPastTheLastPageShowsTheLastPage() async throws {
        try await withApp(demo: true) { app, backend in
            _ = try await postComment(app, ["name": "Ann", "body": "The only one"])
            try await approveAll(app)
            let page = try await get(app, "/articles/\(demoStory)?comments=9")
            #expect(page.status == .ok, "\(backend)")
            #expect(page.text.contains("The only one"))
        }
    }
}
