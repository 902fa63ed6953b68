import Foundation
import HallyuCore
import HallyuStore

/// `/admin/polls`.
struct AdminPollsPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var poll: PollView
        var pageName: String
        var pageURL: String
        var created: String

        init(_ poll: Poll, now: Date, formatting: Formatting) {
            // The newsroom always sees the results.
            self.poll = PollView(poll, voted: true, now: now, formatting: formatting)
            pageName = poll.attachedTo.name
            pageURL = Paths.of(poll.attachedTo)
            created = formatting.dayAndTime(poll.createdAt)
        }
    }

    /// A page a poll can go on, offered as the slug is typed.
    struct Suggestion: Encodable, Sendable {
        var slug: String
        var label: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var polls: [Row]
    var suggestions: [Suggestion]
    var question: String
    var options: String
    var onCouple: Bool
    var slug: String
    var closesAt: String
    var timeZone: String
    var problem: String?
    var notice: String?
    var pager: Pager
}
