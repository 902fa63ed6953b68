import Foundation
import HallyuCore
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A clock a test moves: rules about time are tested by moving it, not by waiting.
final class MovingClock: Sendable {
    private let time: NIOLockedValueBox<Date>

    init(_ start: Date = Date()) {
        time = NIOLockedValueBox(start)
    }

    func move(by seconds: TimeInterval) {
        time.withLockedValue { $0.addTimeInterval(seconds) }
    }

    var clock: SiteClock {
        SiteClock { [time] in time.withLockedValue { $0 } }
    }
}

/// Every rule about time reads the site's clock: the comment form's stamp, a poll's closing, a
/// scheduled story's time.
@Suite("The site's clock")
struct SiteClockTests {
    @Test func aCommentFormIsTooQuickThenGoodThenStale() async throws {
        try await withApp(demo: true) { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let reader = Browser(app)
            let page = try await reader.get("/articles/\(demoStory)")
            let stamp = try #require(page.text.firstMatch(of: /name="_stamp" value="([^"]+)"/)?.output.1)
            let path = "/articles/\(demoStory)/comments"
            let quick = try await reader.post(path, ["name": "Jin", "body": "Hello", "_stamp": String(stamp)])
            #expect(quick.text.contains("That was quick"), "\(backend)")
            clock.move(by: 10)
            let taken = try await reader.post(path, ["name": "Jin", "body": "Hello after a while", "_stamp": String(stamp)])
            #expect(taken.status == .seeOther)
            clock.move(by: 2 * 86_400)
            let stale = try await reader.post(path, ["name": "Jin", "body": "Hello again", "_stamp": String(stamp)])
            #expect(stale.text.contains("This form has expired"))
        }
    }

    @Test func aPollClosesWhenTheClockPassesItsTime() async throws {
        try await withApp(demo: true) { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let closing = ISO8601DateFormatter().string(from: app.now.addingTimeInterval(3_600))
            let made = try await api(
                app, .POST, "/api/v1/polls", token: token,
                ["question": "Ready?", "options": ["Yes", "No"], "article": demoStory, "closesAt": closing])
            #expect(made.status == .created, "\(backend): \(made.text)")
            struct Made: Decodable {
                struct Option: Decodable { var id: String }
                var id: String
                var options: [Option]
                var closed: Bool
            }
            let poll = try json(Made.self, made)
            #expect(!poll.closed)
            clock.move(by: 7_200)
            let read = try json(Made.self, try await get(app, "/api/v1/polls/\(poll.id)"))
            #expect(read.closed, "an hour past its closing time")
            let late = try await Browser(app).post("/polls/\(poll.id)/vote", ["option": poll.options[0].id])
            #expect(late.status == .conflict)
        }
    }

    @Test func theSchedulerPublishesWhenTheClockReachesTheTime() async throws {
        try await withApp(demo: true) { app, backend in
            let clock = MovingClock()
            app.clock = clock.clock
            let token = try await apiToken(app, role: .editor, email: "editor@news.test")
            let draft = try await api(
                app, .POST, "/api/v1/articles", token: token,
                ["title": "Later today", "dek": "A story for the evening.", "body": "It is coming."])
            #expect(draft.status == .created, "\(backend)")
            struct Made: Decodable { var slug: String }
            let slug = try json(Made.self, draft).slug
            let at = ISO8601DateFormatter().string(from: app.now.addingTimeInterval(3_600))
            let scheduled = try await api(app, .POST, "/api/v1/articles/\(slug)/schedule", token: token, ["at": at])
            #expect(scheduled.status == .ok, "\(scheduled.text)")
            #expect(try await ScheduledPublisher.publishDue(app, now: app.now) == 0)
            clock.move(by: 3_601)
            #expect(try await ScheduledPublisher.publishDue(app, now: app.now) == 1)
            #expect(try await get(app, "/articles/\(slug)").status == .ok)
        }
    }
}
