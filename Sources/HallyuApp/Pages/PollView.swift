import Foundation
import HallyuCore

/// A poll on a page: the choices to vote on, or the results once the reader has voted or the
/// poll has closed.
struct PollView: Encodable, Sendable {
    struct Choice: Encodable, Sendable {
        var id: String
        var label: String
        var votes: Int
        var percent: Int
        var isLeading: Bool
    }

    var id: String
    var question: String
    var action: String
    var choices: [Choice]
    var showResults: Bool
    var closed: Bool
    var voted: Bool
    var totalVotes: Int
    /// "Closes 3 Dec 2026, 18:00" or "Closed 1 Dec 2026, 09:00"; empty when it never closes.
    var closing: String

    init(_ poll: Poll, voted: Bool, now: Date, formatting: Formatting) {
        id = poll.id
        question = poll.question
        action = "/polls/\(poll.id)/vote"
        let isClosed = poll.isClosed(at: now)
        closed = isClosed
        self.voted = voted
        showResults = voted || isClosed
        totalVotes = poll.totalVotes
        let percents = PollRules.percentages(poll.options.map(\.votes))
        let top = poll.options.map(\.votes).max() ?? 0
        choices = zip(poll.options, percents).map { option, percent in
            Choice(id: option.id, label: option.label, votes: option.votes, percent: percent, isLeading: top > 0 && option.votes == top)
        }
        closing = poll.closesAt.map { (isClosed ? "Closed " : "Closes ") + formatting.dayAndTime($0) } ?? ""
    }
}
