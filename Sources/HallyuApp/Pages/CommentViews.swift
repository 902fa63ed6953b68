import Foundation
import HallyuCore
import Vapor

/// A comment as readers see it, with its replies.
struct CommentView: Encodable, Sendable {
    var id: String
    var name: String
    var date: String
    var dateISO: String
    var html: String
    /// Where "Reply" goes: the article with the form set to answer this comment.
    var replyURL: String?
    var replies: [CommentView]

    init(_ comment: Comment, replies: [Comment] = [], replyURL: String?, formatting: Formatting) {
        id = comment.id
        name = comment.name
        date = formatting.dayAndTime(comment.createdAt)
        dateISO = formatting.iso(comment.createdAt)
        html = CommentText.html(comment.body)
        self.replyURL = replyURL
        self.replies = replies.map { CommentView($0, replyURL: nil, formatting: formatting) }
    }
}

/// What the comment form shows: empty, or what the reader typed with the reason it was refused.
struct CommentFormView: Encodable, Sendable {
    static let honeypotField = "homepage"

    var action: String
    var stamp: String
    var stampField = FormStamp.field
    var honeypotField = Self.honeypotField
    var name = ""
    var email = ""
    var body = ""
    var parent: String?
    var parentName: String?
    var cancelURL: String
    var error: String?
    var notice: String?
}

/// The article's discussion: the approved count, a page of threads, and the form.
struct CommentsSection: Encodable, Sendable {
    var count: Int
    var threads: [CommentView]
    var page: Int
    var pageCount: Int
    var previousURL: String?
    var nextURL: String?
    var open: Bool
    var form: CommentFormView
}

/// Share links under a story, and the address for the copy button.
struct ShareView: Encodable, Sendable {
    var url: String
    var title: String
    var links: [ShareLink]

    init(url: String, title: String) {
        self.url = url
        self.title = title
        links = ShareLinks.links(url: url, title: title)
    }
}
