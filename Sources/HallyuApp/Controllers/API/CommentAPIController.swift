import HallyuCore
import HallyuStore
import Vapor

/// `GET/POST /api/v1/articles/{slug}/comments`: a published article's approved comments, and
/// posting one (public; the same rules as the form, less the form's own checks).
struct CommentAPIController {
    struct Input: Content {
        var name: String?
        var email: String?
        var body: String?
        var parent: String?
    }

    func index(req: Request) async throws -> ListDTO<CommentDTO> {
        let slug = try req.slug()
        guard let article = try await req.comments.target(articleSlug: slug) else {
            throw Abort(.notFound, reason: "No published article has this slug.")
        }
        req.cacheShows(.comments(article.id))
        let paging = try req.pageRequest(defaultPer: CommentPosting.perPage)
        let page = try await req.comments.thread(articleID: article.id, paging)
        let formatting = req.formatting
        return ListDTO(page.map { CommentDTO($0.comment, replies: $0.replies, formatting: formatting) })
    }

    func create(req: Request) async throws -> Response {
        let slug = try req.slug()
        try req.requireJSON("the comment")
        let input = try req.content.decode(Input.self)
        let comment = try await CommentPosting(request: req).post(
            articleSlug: slug,
            CommentSubmission(
                name: input.name ?? "", email: input.email, body: input.body ?? "", parent: input.parent,
                honeypot: nil, stamp: nil, fromForm: false))
        let published = comment.status == .approved
        // Spam is answered like a held comment, so that a spammer learns nothing.
        let dto = CommentDTO(comment, status: published ? "approved" : "held", formatting: req.formatting)
        return try await dto.encodeResponse(status: published ? .created : .accepted, for: req)
    }
}
