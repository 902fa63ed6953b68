import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Puts a poll on the demo story through the newsroom's form; returns the poll.
private func makePoll(
    _ app: Application, _ editor: Browser, options: String = "Cha Hyun-su\nPyeon Sang-wook\nLee Eun-yoo",
    page: String = "article", slug: String = demoStory, closesAt: String = ""
) async throws -> Poll {
    try await editor.get("/admin/polls")
    let made = try await editor.post(
        "/admin/polls",
        [
            "question": "Which Sweet Home character is your favourite?", "options": options,
            "page": page, "slug": slug, "closesAt": closesAt,
        ])
    #expect(made.status == .seeOther, "\(made.text)")
    return try #require(try await Polls(database: app.db).list(Paging(page: 1, per: 1)).items.first)
}

@Suite("Reader polls")
struct PollTests {
    @Test func readersVoteOnceAndThenSeeTheResults() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let poll = try await makePoll(app, editor)
            let reader = Browser(app)
            let before = try await reader.get("/articles/\(demoStory)")
            #expect(before.text.contains("id=\"poll-\(poll.id)\""), "\(backend)")
            #expect(before.text.contains("type=\"radio\" name=\"option\""))
            #expect(!before.text.contains("poll__results"), "no results before voting")
            let vote = try await reader.post("/polls/\(poll.id)/vote", ["option": poll.options[1].id])
            #expect(vote.status == .seeOther)
            #expect(vote.headers.first(name: .location) == "/polls/\(poll.id)", "without script, on to the poll's own page")
            #expect(reader.cookies["hallyu_voter"] != nil)
            #expect(before.headers.first(name: .cacheControl)?.hasPrefix("public") == true, "every reader shares the article's copy")
            let article = try await reader.get("/articles/\(demoStory)")
            #expect(article.headers.first(name: "X-Cache") == "HIT", "a voter gets the same cached page as everyone")
            #expect(
                article.text.contains("data-poll=\"\(poll.id)\"") && !article.text.contains("poll__results"),
                "the site's script fills in the voter's results")
            let after = try await reader.get("/polls/\(poll.id)")
            #expect(after.headers.first(name: .cacheControl) == "private, no-cache", "this reader's vote is theirs alone")
            #expect(after.text.contains("poll__results"))
            #expect(after.text.contains("value=\"100\""), "one vote is all of them")
            #expect(after.text.contains("1 vote"))
            #expect(after.text.contains("href=\"/articles/\(demoStory)#poll-\(poll.id)\""), "and back to the story")
            #expect(try await get(app, "/polls/\(poll.id)").text.contains("Results appear once you vote."), "a stranger sees the form")
            let again = try await reader.post("/polls/\(poll.id)/vote", ["option": poll.options[0].id])
            #expect(again.status == .conflict)
            #expect(again.text.contains("already voted"))
            let cookie = "hallyu_voter=\(try #require(reader.cookies["hallyu_voter"]))"
            let seen = try json(PollDTO.self, try await get(app, "/api/v1/polls/\(poll.id)", headers: ["Cookie": cookie]))
            #expect(seen.voted && seen.totalVotes == 1 && seen.options[1].votes == 1 && seen.options[1].percent == 100)
            let stranger = try json(PollDTO.self, try await get(app, "/api/v1/polls/\(poll.id)"))
            #expect(
                !stranger.voted && stranger.totalVotes == nil && stranger.options.allSatisfy { $0.votes == nil },
                "counts are not shown before voting")
            let apiVote = try await app.testing().sendRequest(
                .POST, "/api/v1/polls/\(poll.id)/votes", headers: ["Cookie": cookie],
                beforeRequest: { try $0.content.encode(["option": poll.options[0].id], as: .json) })
            #expect(apiVote.status == .conflict, "the API knows the same voter")
            let newVoter = try await app.testing().sendRequest(
                .POST, "/api/v1/polls/\(poll.id)/votes",
                beforeRequest: { try $0.content.encode(["option": poll.options[0].id], as: .json) })
            #expect(newVoter.status == .created)
            let counted = try json(PollDTO.self, newVoter)
            #expect(counted.totalVotes == 2 && counted.options.map(\.percent) == [50, 50, 0])
            #expect(newVoter.headers.setCookie?["hallyu_voter"] != nil)
        }
    }

    @Test func badVotesAreRefused() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let first = try await makePoll(app, editor)
            let second = try await makePoll(app, editor, options: "Yes\nNo")
            func vote(_ poll: String, _ body: [String: String]) async throws -> TestingHTTPResponse {
                try await app.testing().sendRequest(.POST, "/api/v1/polls/\(poll)/votes", beforeRequest: { try $0.content.encode(body, as: .json) })
            }
            #expect(try await vote(first.id, ["option": second.options[0].id]).status == .badRequest, "another poll's option (\(backend))")
            #expect(try await vote(first.id, [:]).status == .badRequest)
            #expect(try await vote(first.id, ["option": "not-an-id"]).status == .badRequest)
            #expect(try await vote(UUID().uuidString, ["option": first.options[0].id]).status == .notFound)
            #expect(try await vote("not-a-poll", ["option": first.options[0].id]).status == .notFound)
            #expect(try await get(app, "/api/v1/polls/not-a-poll").status == .notFound)
            let reader = Browser(app)
            #expect(try await reader.post("/polls/\(first.id)/vote", [:]).status == .badRequest, "the form needs a choice")
            #expect(try await Polls(database: app.db).poll(id: first.id)?.totalVotes == 0)
        }
    }

    @Test func aClosedPollRefusesVotesAndShowsItsResultsToAll() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let poll = try await makePoll(app, editor)
            _ = try await app.testing().sendRequest(
                .POST, "/api/v1/polls/\(poll.id)/votes",
                beforeRequest: { try $0.content.encode(["option": poll.options[2].id], as: .json) })
            try await editor.get("/admin/polls")
            #expect(try await editor.post("/admin/polls/\(poll.id)/close", [:]).status == .seeOther, "\(backend)")
            let late = try await app.testing().sendRequest(
                .POST, "/api/v1/polls/\(poll.id)/votes",
                beforeRequest: { try $0.content.encode(["option": poll.options[0].id], as: .json) })
            #expect(late.status == .conflict)
            #expect(late.text.contains("closed"))
            let shown = try json(PollDTO.self, try await get(app, "/api/v1/polls/\(poll.id)"))
            #expect(shown.closed && shown.totalVotes == 1 && shown.options[2].percent == 100)
            let page = try await get(app, "/articles/\(demoStory)")
            #expect(page.text.contains("poll__results") && page.text.contains("Closed "))
        }
    }

    @Test func oneAddressCastsAtMostTwentyVotesAnHourInAPoll() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let poll = try await makePoll(app, editor)
            var statuses: [HTTPStatus] = []
            // A script that throws its voter cookie away each time.
            for _ in 1...21 {
                let response = try await app.testing().sendRequest(
                    .POST, "/api/v1/polls/\(poll.id)/votes",
                    beforeRequest: { try $0.content.encode(["option": poll.options[0].id], as: .json) })
                statuses.append(response.status)
                if response.status == .tooManyRequests { #expect(response.headers.first(name: .retryAfter) != nil) }
            }
            #expect(statuses == Array(repeating: .created, count: 20) + [.tooManyRequests], "\(backend)")
            #expect(try await Polls(database: app.db).poll(id: poll.id)?.totalVotes == 20, "every counted vote stored, no more")
        }
    }

    @Test func editorsMakePollsOnlyAsTheRulesAllow() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let existing = try await Polls(database: app.db).list(Paging(page: 1, per: 10)).total
            try await editor.get("/admin/polls")
            let cases: [([String: String], String)] = [
                (["question": "Pick one", "options": "Only one"], "at least 2"),
                (["question": "Pick one", "options": "1\n2\n3\n4\n5\n6\n7"], "at most 6"),
                (["question": "", "options": "A\nB"], "question"),
                (["question": "Pick one", "options": "A\na"], "more than once"),
                (["question": "Pick one", "options": "A\nB", "slug": "no-such-story"], "no-such-story"),
                (["question": "Pick one", "options": "A\nB", "closesAt": "2001-01-01T10:00"], "passed"),
                (["question": "Pick one", "options": "A\nB", "closesAt": "someday"], "closing time"),
            ]
            for (fields, words) in cases {
                var form = ["page": "article", "slug": demoStory]
                form.merge(fields) { $1 }
                let response = try await editor.post("/admin/polls", form)
                #expect((400..<500).contains(Int(response.status.code)), "\(fields) (\(backend))")
                #expect(response.text.lowercased().contains(words.lowercased()), "\(fields)")
                #expect(response.text.contains(fields["options"]?.split(separator: "\n").first.map(String.init) ?? ""), "the form keeps the answers")
            }
            #expect(try await Polls(database: app.db).list(Paging(page: 1, per: 10)).total == existing, "none was made")
            let writer = try await signedIn(app, as: .writer)
            #expect(try await writer.get("/admin/polls").status == .forbidden)
        }
    }

    @Test func pollsSitOnCouplePagesTooAndNotOnDrafts() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await signedIn(app, as: .editor, email: "editor@news.test")
            let couple = "han-so-hee-and-song-kang"
            let onCouple = try await makePoll(app, editor, page: "couple", slug: couple)
            let page = try await get(app, "/couples/\(couple)")
            #expect(page.text.contains("id=\"poll-\(onCouple.id)\""), "\(backend)")
            let reader = Browser(app)
            let vote = try await reader.post("/polls/\(onCouple.id)/vote", ["option": onCouple.options[0].id])
            #expect(vote.headers.first(name: .location) == "/polls/\(onCouple.id)")
            #expect(try await reader.get("/polls/\(onCouple.id)").text.contains("href=\"/couples/\(couple)#poll-\(onCouple.id)\""))
            let token = try await apiToken(app, role: .editor, email: "editor2@news.test")
            struct Made: Decodable { var slug: String }
            let draft = try json(
                Made.self, try await api(app, .POST, "/api/v1/articles", token: token, ["title": "Draft with a poll", "body": "Soon."])
            ).slug
            let made = try await api(
                app, .POST, "/api/v1/polls", token: token,
                ["question": "Ready?", "options": ["Yes", "No"], "article": draft, "closesAt": "2099-01-01T00:00:00+09:00"])
            #expect(made.status == .created)
            let poll = try json(PollDTO.self, made)
            #expect(try await get(app, "/api/v1/polls/\(poll.id)").status == .notFound, "a draft's poll is not public yet")
            #expect(try await get(app, "/polls/\(poll.id)").status == .notFound)
            #expect(try await get(app, "/polls/not-a-poll").status == .notFound)
            let both = try await api(
                app, .POST, "/api/v1/polls", token: token, ["question": "Q", "options": ["A", "B"], "article": draft, "couple": couple])
            #expect(both.status == .badRequest)
            #expect(try await api(app, .DELETE, "/api/v1/polls/\(poll.id)", token: token).status == .noContent)
            #expect(try await Polls(database: app.db).poll(id: poll.id) == nil)
        }
    }
}
