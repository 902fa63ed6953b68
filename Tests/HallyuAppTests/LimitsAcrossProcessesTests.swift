import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Requests sent at once, spread over two instances on one database: the limits are counted in
/// the database, so together the instances admit exactly what one would.
@Suite("Limits across processes")
struct LimitsAcrossProcessesTests {
    /// Sends `count` requests at once, alternating between the instances; the statuses in any order.
    private func atOnce(
        _ count: Int, _ apps: [Application], _ request: @escaping @Sendable (Application, Int) async throws -> HTTPStatus
    ) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for index in 0..<count {
                let app = apps[index % apps.count]
                group.addTask { try await request(app, index) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    private func tally(_ statuses: [HTTPStatus]) -> [UInt: Int] {
        statuses.reduce(into: [:]) { $0[$1.code, default: 0] += 1 }
    }

    @Test func fiveCommentsAMinuteFromOneAddressWhicheverInstanceTakesThem() async throws {
        try await withTwoApps { first, second, backend in
            // The same text sent to both at once is stored once; the refused repeats do not count
            // against the address's five.
            let repeats = try await atOnce(6, [first, second]) { app, _ in
                try await postComment(app, ["name": "Jin", "body": "Twice at once"]).status
            }
            #expect(tally(repeats) == [202: 1, 409: 5], "\(backend)")
            let statuses = try await atOnce(16, [first, second]) { app, index in
                try await postComment(app, ["name": "Jin", "body": "At once \(index)"]).status
            }
            #expect(tally(statuses) == [202: 4, 429: 12], "\(backend)")
            #expect(try await CommentQueue(database: first.db).counts()[.held] == 5, "every admitted comment stored (\(backend))")
        }
    }

    @Test func twentyVotesAnHourFromOneAddressInAPollAcrossInstances() async throws {
        try await withTwoApps { first, second, backend in
            let poll = try await Polls(database: first.db).create(
                question: "Which pairing?", options: ["One", "Two"],
                on: EntityRef(kind: .article, slug: demoStory, name: "Sweet Home"), closesAt: nil, at: Date())
            // A script that throws its voter cookie away each time.
            let statuses = try await atOnce(30, [first, second]) { app, _ in
                try await app.testing().sendRequest(
                    .POST, "/api/v1/polls/\(poll.id)/votes",
                    beforeRequest: { try $0.content.encode(["option": poll.options[0].id], as: .json) }
                ).status
            }
            #expect(tally(statuses) == [201: 20, 429: 10], "\(backend)")
            #expect(try await Polls(database: first.db).poll(id: poll.id)?.totalVotes == 20, "\(backend)")
        }
    }

    @Test func fiveFailedSignInsWhicheverInstanceChecksThem() async throws {
        try await withTwoApps { first, second, backend in
            try await addAccount(first, email: "writer@news.test", role: .writer)
            let statuses = try await atOnce(12, [first, second]) { app, index in
                try await app.testing().sendRequest(
                    .POST, "/api/v1/auth/tokens",
                    beforeRequest: { try $0.content.encode(["email": "writer@news.test", "password": "guess \(index)", "name": "x"]) }
                ).status
            }
            #expect(tally(statuses) == [401: 5, 429: 7], "at most five passwords were tried (\(backend))")
        }
    }

    @Test func aTokensRequestsAreCountedAcrossInstances() async throws {
        try await withTwoApps(adjust: { $0.apiTokenRate = 30 }) { first, second, backend in
            let token = try await apiToken(first, role: .writer, email: "writer@news.test")
            // The minute stands still, so a slow machine cannot see the window start again.
            let minute = Date()
            for app in [first, second] { app.clock = SiteClock { minute } }
            let limit = 30
            let one = try await first.testing().sendRequest(.GET, "/api/v1/auth/tokens", headers: ["Authorization": "Bearer \(token)"])
            #expect(one.headers.first(name: "RateLimit-Limit") == String(limit), "\(backend)")
            #expect(one.headers.first(name: "RateLimit-Remaining") == String(limit - 1))
            #expect(one.headers.first(name: "RateLimit-Reset").flatMap(Int.init).map { (1...60).contains($0) } == true)
            let statuses = try await atOnce(limit + 10, [first, second]) { app, _ in
                try await app.testing().sendRequest(.GET, "/api/v1/auth/tokens", headers: ["Authorization": "Bearer \(token)"]).status
            }
            #expect(tally(statuses) == [200: limit - 1, 429: 11], "\(backend)")
            let refused = try await second.testing().sendRequest(.GET, "/api/v1/auth/tokens", headers: ["Authorization": "Bearer \(token)"])
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect(wait == 60, "the minute has not moved (\(backend))")
        }
    }
}
