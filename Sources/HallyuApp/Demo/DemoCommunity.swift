import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// The demo's polls and reader comments, each added only when its page does not have it yet.
struct DemoCommunity {
    let database: any Database

    func add(_ poll: DemoContent.Poll) async throws -> KnowledgeWriter.Outcome {
        let page = EntityRef(kind: poll.article == nil ? .couple : .article, slug: poll.article ?? poll.couple ?? "", name: "")
        let pageID: String? =
            switch page.kind {
            case .article: try await ArticleDesk(database: database).id(slug: page.slug)
            default: try await KnowledgeRepository(database: database).couple(slug: page.slug)?.id
            }
        guard let pageID else { throw DemoError("poll \"\(poll.question)\": no \(page.kind.rawValue) \(page.slug)") }
        let polls = Polls(database: database)
        if try await polls.polls(on: page.kind, id: pageID).contains(where: { $0.question == poll.question }) { return .existed }
        let made = try await polls.create(question: poll.question, options: poll.options, on: page, closesAt: nil, at: Date())
        // Votes of made-up readers, so the results have something to show.
        for (option, count) in zip(made.options, poll.votes ?? []) {
            for index in 0..<count {
                _ = try await polls.vote(
                    pollID: made.id, optionID: option.id, voterKey: "demo:\(option.id):\(index)", addressHash: "demo",
                    at: Date())
            }
        }
        return .added
    }

    func add(_ comment: DemoContent.Comment, parent: String? = nil) async throws -> KnowledgeWriter.Outcome {
        let comments = Comments(database: database)
        guard let article = try await comments.target(articleSlug: comment.article) else {
            throw DemoError("comment by \(comment.name): no published article \(comment.article)")
        }
        let thread = try await comments.thread(articleID: article.id, Paging(page: 1, per: 100)).items
        if thread.contains(where: { $0.comment.body == comment.body }) { return .existed }
        // Over the last two days, each a couple of hours after the one before.
        let earlier = try await comments.approvedCount(articleID: article.id)
        let made = try await comments.add(
            .init(
                articleID: article.id, parentID: parent, name: comment.name, email: nil, body: comment.body,
                verdict: CommentVerdict(status: .approved), commenterKey: "demo:\(comment.name)",
                addressHash: "demo"),
            at: Date().addingTimeInterval(Double(earlier * 2 - 48) * 3600))
        for reply in comment.replies ?? [] {
            _ = try await add(DemoContent.Comment(article: comment.article, name: reply.name, body: reply.body), parent: made.id)
        }
        return .added
    }
}
