import Foundation
import HallyuCore
import Vapor

/// A comment in the API: the text as written and as readers see it; never the e-mail address.
struct CommentDTO: Content {
    var id: String
    var parent: String?
    var name: String
    var body: String
    var html: String
    var createdAt: String
    /// `approved` (shown now) or `held` (waiting for a moderator); a new comment's answer only.
    var status: String?
    var replies: [CommentDTO]?

    init(_ comment: Comment, replies: [Comment]? = nil, status: String? = nil, formatting: Formatting) {
        id = comment.id
        parent = comment.parentID
        name = comment.name
        body = comment.body
        html = CommentText.html(comment.body)
        createdAt = formatting.iso(comment.createdAt)
        self.status = status
        self.replies = replies.map { $0.map { CommentDTO($0, formatting: formatting) } }
    }
}

/// A poll in the API. Counts are given once the caller has voted or the poll has closed, as on
/// the page, so that early results do not sway the vote.
struct PollDTO: Content {
    struct Option: Content {
        var id: String
        var label: String
        var votes: Int?
        var percent: Int?
    }

    var id: String
    var question: String
    var page: EntityRef
    var options: [Option]
    var totalVotes: Int?
    var closesAt: String?
    var closed: Bool
    var voted: Bool

    init(_ poll: Poll, voted: Bool, showResults: Bool? = nil, now: Date, formatting: Formatting) {
        id = poll.id
        question = poll.question
        page = poll.attachedTo
        closed = poll.isClosed(at: now)
        self.voted = voted
        let results = showResults ?? (voted || closed)
        let percents = PollRules.percentages(poll.options.map(\.votes))
        options = zip(poll.options, percents).map { option, percent in
            Option(id: option.id, label: option.label, votes: results ? option.votes : nil, percent: results ? percent : nil)
        }
        totalVotes = results ? poll.totalVotes : nil
        closesAt = poll.closesAt.map(formatting.iso)
    }
}
