import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// The readers' part of an article page: its comments with the form, and its polls.
struct ArticleDiscussion {
    let request: Request

    /// `typed` and `error` come back when a comment was refused, so the form keeps the text.
    func comments(for article: Comments.Target, typed: CommentSubmission? = nil, error: String? = nil) async throws -> CommentsSection {
        let comments = request.comments
        let path = Paths.article(article.slug)
        let asked = (try? request.query.get(Int.self, at: "comments")) ?? 1
        let paging = try Paging(page: min(max(asked, 1), 1_000_000), per: CommentPosting.perPage)
        var discussion = try await comments.discussion(articleID: article.id, paging)
        if discussion.thread.items.isEmpty, discussion.thread.total > 0, paging.page > discussion.thread.pageCount {
            // An old link past the end (comments were taken down since): the last page instead.
            discussion = try await comments.discussion(
                articleID: article.id,
                try Paging(page: discussion.thread.pageCount, per: paging.per))
        }
        let page = discussion.thread
        let count = discussion.approvedCount
        func link(_ number: Int) -> String { (number == 1 ? path : path + "?comments=\(number)") + "#comments" }
        let pageQuery = page.page > 1 ? "&comments=\(page.page)" : ""
        let formatting = request.formatting
        let threads = page.items.map { thread in
            CommentView(
                thread.comment, replies: thread.replies,
                replyURL: article.commentsOpen ? path + "?reply=\(thread.comment.id)\(pageQuery)#comment-form" : nil,
                formatting: formatting)
        }
        var form = CommentFormView(
            action: path + "/comments", stamp: FormStamp.make(try request.siteSecret(), scope: article.slug, now: request.now),
            cancelURL: path + (page.page > 1 ? "?comments=\(page.page)" : "") + "#comment-form", error: error)
        if let typed {
            form.name = typed.name
            form.email = typed.email ?? ""
            form.body = typed.body
        }
        let replyTo = typed?.parent ?? request.query[String.self, at: "reply"]
        if let replyTo, !replyTo.isEmpty, let parentID = try await comments.replyParent(id: replyTo, articleID: article.id),
            let parent = try await comments.comment(id: parentID)
        {
            form.parent = parent.id
            form.parentName = parent.name
        }
        switch request.query[String.self, at: "comment"] {
        case "held": form.notice = "Thanks! Your comment is waiting for a moderator and will appear once it is approved."
        case "published": form.notice = "Thanks! Your comment is published."
        default: break
        }
        return CommentsSection(
            count: count, threads: threads, page: page.page, pageCount: page.pageCount,
            previousURL: page.hasPrevious ? link(page.page - 1) : nil,
            nextURL: page.hasNext ? link(page.page + 1) : nil, open: article.commentsOpen, form: form)
    }

    /// The polls on an article or couple page, as every reader sees them: results once closed,
    /// else the form. The page is the same for all, so the page cache serves it to voters too;
    /// the site's script shows a voter their results (`/api/v1/polls/{id}`), and without it a
    /// vote lands on the poll's own page (`/polls/{id}`).
    func polls(on kind: EntityKind, id: String) async throws -> [PollView] {
        let polls = try await request.polls.polls(on: kind, id: id)
        request.cacheShowsClosing(of: polls)
        let now = request.now
        return polls.map { PollView($0, voted: false, now: now, formatting: request.formatting) }
    }
}
