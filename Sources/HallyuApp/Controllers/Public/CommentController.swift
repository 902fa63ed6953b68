import HallyuCore
import HallyuStore
import Vapor

/// `POST /articles/{slug}/comments`: the comment form. A refused comment comes back on the
/// article page with its reason and everything the reader typed.
struct CommentController {
    struct Form: Content {
        var name: String?
        var email: String?
        var body: String?
        var parent: String?
        var homepage: String?
        var _stamp: String?
    }

    func create(req: Request) async throws -> Response {
        let slug = try req.slug()
        let form = (try? req.content.decode(Form.self)) ?? Form()
        let submission = CommentSubmission(
            name: form.name ?? "", email: form.email, body: form.body ?? "", parent: form.parent,
            honeypot: form.homepage, stamp: form._stamp, fromForm: true)
        do {
            let comment = try await CommentPosting(request: req).post(articleSlug: slug, submission)
            return req.redirect(to: try await location(of: comment, slug: slug, req: req))
        } catch let refusal as any AbortError where refusal.status != .notFound && refusal.status.code < 500 {
            guard let page = try await ArticlePage.published(slug: slug, for: req, typed: submission, error: refusal.reason) else {
                throw refusal
            }
            let response = try await page.response(for: req, status: refusal.status)
            for (name, value) in refusal.headers { response.headers.replaceOrAdd(name: name, value: value) }
            return response
        }
    }

    /// Back to the story: at the new comment when it is shown, else at the form with a note
    /// that it waits for a moderator. (Spam is told the same, so that it learns nothing.)
    private func location(of comment: Comment, slug: String, req: Request) async throws -> String {
        let path = Paths.article(slug)
        guard comment.status == .approved else { return path + "?comment=held#comment-form" }
        let page = try await req.comments.page(of: comment, per: CommentPosting.perPage)
        return path + "?comment=published" + (page > 1 ? "&comments=\(page)" : "") + "#comment-\(comment.id)"
    }
}
