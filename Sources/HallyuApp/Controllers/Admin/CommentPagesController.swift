import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/comments`: the moderation queue. Held comments first; approve, mark as spam, trash
/// or hold again, one at a time or ticked together; each commenter's history a click away.
struct CommentPagesController {
    struct Decision: Content {
        var ids: [String]?
        var action: String?
        /// A row's own button: `approve:ID`.
        var one: String?
        var back: String?
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.moderate)
        let commenter = req.query[String.self, at: "commenter"]?.nonEmpty
        if let commenter, !Self.isCommenterKey(commenter) { throw Abort(.badRequest, reason: "That is not a commenter's history link.") }
        let status = commenter == nil ? (req.query[String.self, at: "status"].flatMap(CommentStatus.init(rawValue:)) ?? .held) : nil
        let paging = try req.pageRequest()
        let queue = req.commentQueue
        var page = try await queue.items(status: status, commenterKey: commenter, paging)
        if page.items.isEmpty, page.total > 0, paging.page > page.pageCount {
            // Past the end (the last page emptied by a decision): show the last one.
            page = try await queue.items(status: status, commenterKey: commenter, try Paging(page: page.pageCount, per: paging.per))
        }
        let histories = try await queue.histories(commenterKeys: Set(page.items.map(\.comment.commenterKey)))
        let counts = try await queue.counts()
        let path = commenter.map(AdminCommentsPage.historyPath) ?? NewsroomPaths.comments(status: status?.rawValue ?? "held")
        let formatting = req.formatting
        let view = AdminCommentsPage(
            meta: PageMeta(title: "Comments", description: "The moderation queue.", path: NewsroomPaths.comments),
            frame: try await req.adminFrame(user, current: NewsroomPaths.comments),
            tabs: CommentStatus.allCases.map { tab in
                AdminCommentsPage.Tab(
                    label: tab.label, url: NewsroomPaths.comments(status: tab.rawValue), count: counts[tab] ?? 0,
                    current: tab == status)
            },
            status: status?.rawValue,
            commenter: commenter.map { key in
                AdminCommentsPage.Commenter(
                    name: page.items.first?.comment.name ?? "this commenter",
                    summary: histories[key].map(AdminCommentsPage.summary) ?? "no comments")
            },
            rows: page.items.map { item in
                AdminCommentsPage.Row(item, history: histories[item.comment.commenterKey], formatting: formatting)
            },
            back: path + (page.page > 1 ? "&page=\(page.page)" : ""),
            notice: Self.notice(req),
            pager: Pager(page, basePath: path))
        return try await req.view.render("admin/comments", view).encodeResponse(for: req)
    }

    /// Closes an article's comments, or opens them again: `open` is true or false.
    func setOpen(req: Request) async throws -> Response {
        let user = try req.require(.moderate)
        try await CSRF.verify(req)
        struct Form: Content { var open: String? }
        guard let id = req.parameters.get("id"), let entry = try await req.articleDesk.entry(id: id) else {
            throw Abort(.notFound, reason: "There is no such article.")
        }
        let open = try req.content.decode(Form.self).open == "true"
        try await req.comments.setOpen(articleID: id, open)
        await req.announce(.of(.comments(id)))
        try await req.auditLog.record(
            user, open ? "opened comments" : "closed comments", kind: "article", id: id,
            summary: entry.article.title, at: req.now)
        return req.redirect(to: NewsroomPaths.discussion(ofArticle: id))
    }

    /// Applies a decision, then goes back to the list it was made on.
    func decide(req: Request) async throws -> Response {
        let user = try req.require(.moderate)
        try await CSRF.verify(req)
        let decision = try req.content.decode(Decision.self)
        let (actionName, ids): (String?, [String])
        if let one = decision.one?.split(separator: ":", maxSplits: 1), one.count == 2 {
            (actionName, ids) = (String(one[0]), [String(one[1])])
        } else {
            (actionName, ids) = (decision.action, decision.ids ?? [])
        }
        guard let action = actionName.flatMap(CommentStatus.init(moderation:)) else {
            throw Abort(.badRequest, reason: "Choose what to do with the comments: approve, hold, spam or trash.")
        }
        guard !ids.isEmpty else { throw Abort(.badRequest, reason: "Tick at least one comment first.") }
        let moved = try await req.commentQueue.move(ids: ids, to: action)
        for comment in moved {
            try await req.auditLog.record(
                user, "moved comment to \(action.rawValue)", kind: "comment", id: comment.id,
                summary: "\(comment.name): \(comment.body.prefix(80))", at: req.now)
        }
        // A comment moved into or out of the approved ones changes its article's thread.
        await req.announce(.tags(Set(moved.map { CacheTag.comments($0.articleID) })))
        let back = decision.back.flatMap { $0.hasPrefix(NewsroomPaths.comments) ? $0 : nil } ?? NewsroomPaths.comments
        return req.redirect(to: back + (back.contains("?") ? "&" : "?") + "done=\(actionName ?? "")&moved=\(moved.count)")
    }

    /// Keys are made by the site: a kind, a colon and URL-safe characters.
    static func isCommenterKey(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 1)
        return parts.count == 2 && ["email", "commenter"].contains(parts[0])
            && parts[1].unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" }
    }

    /// What the last decision did, in words made here (never text from the address).
    private static func notice(_ req: Request) -> String? {
        guard let action = req.query[String.self, at: "done"].flatMap(CommentStatus.init(moderation:)),
            let moved = req.query[Int.self, at: "moved"]
        else { return nil }
        return "\(counted(moved, "comment")) \(action.pastTense)."
    }
}

extension CommentStatus {
    /// The queue's words for each state.
    var label: String {
        switch self {
        case .held: "Held"
        case .approved: "Approved"
        case .spam: "Spam"
        case .trash: "Trash"
        }
    }

    var pastTense: String {
        switch self {
        case .held: "held for review"
        case .approved: "approved"
        case .spam: "marked as spam"
        case .trash: "moved to the trash"
        }
    }

    /// The queue's buttons name states by verb: approve, hold, spam, trash.
    init?(moderation verb: String) {
        switch verb {
        case "approve": self = .approved
        case "hold": self = .held
        case "spam": self = .spam
        case "trash": self = .trash
        default: return nil
        }
    }
}
