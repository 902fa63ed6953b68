import Foundation
import HallyuCore
import HallyuStore

/// `/admin/comments`.
struct AdminCommentsPage: Encodable, Sendable {
    struct Tab: Encodable, Sendable {
        var label: String
        var url: String
        var count: Int
        var current: Bool
    }

    struct Commenter: Encodable, Sendable {
        var name: String
        var summary: String
    }

    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var email: String?
        var html: String
        var date: String
        var status: String
        var reason: String?
        var articleTitle: String
        var articleURL: String
        var isReply: Bool
        var historyURL: String
        var history: String

        init(_ item: CommentQueue.Item, history: CommentQueue.History?, formatting: Formatting) {
            id = item.comment.id
            name = item.comment.name
            email = item.comment.email
            html = CommentText.html(item.comment.body)
            date = formatting.dayAndTime(item.comment.createdAt)
            status = item.comment.status.rawValue
            reason = item.comment.reason
            articleTitle = item.article.name
            articleURL = Paths.of(item.article) + (item.comment.status == .approved ? "#comment-\(item.comment.id)" : "")
            isReply = item.comment.parentID != nil
            historyURL = AdminCommentsPage.historyPath(item.comment.commenterKey)
            self.history = history.map(AdminCommentsPage.summary) ?? ""
        }
    }

    var meta: PageMeta
    var frame: AdminFrame
    var tabs: [Tab]
    var status: String?
    var commenter: Commenter?
    var rows: [Row]
    var back: String
    var notice: String?
    var pager: Pager

    /// The queue narrowed to one commenter's comments.
    static func historyPath(_ commenterKey: String) -> String {
        NewsroomPaths.comments(commenter: commenterKey)
    }

    /// "1 held · 3 approved": a commenter's record at a glance.
    static func summary(_ history: CommentQueue.History) -> String {
        CommentStatus.allCases.compactMap { status in
            guard let count = history.counts[status], count > 0 else { return nil }
            return "\(count) \(status.rawValue)"
        }.joined(separator: " · ")
    }
}
