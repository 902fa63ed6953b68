import HallyuCore
import HallyuStore
import Vapor

/// The draft generator's two doors: `POST /admin/drafts` (a button in the newsroom) and
/// `POST /api/v1/drafts` (`{"couple": slug}` or `{"title": slug}`).
struct DraftsController {
    struct Form: Content {
        var source: String?
    }

    struct Input: Content {
        var couple: String?
        var title: String?
    }

    func page(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let source = (try? req.content.decode(Form.self))?.source ?? ""
        let entry = try await DraftMaker(req: req).make(from: source, by: user)
        return req.redirect(to: NewsroomPaths.article(entry.article.id, done: "saved"))
    }

    func api(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let input = try req.content.decode(Input.self)
        let source: String
        switch (input.couple, input.title) {
        case (let couple?, nil): source = "couples/\(couple)"
        case (nil, let title?): source = "dramas/\(title)"
        default: throw Abort(.badRequest, reason: "Send either {\"couple\": slug} or {\"title\": slug}.")
        }
        let entry = try await DraftMaker(req: req).make(from: source, by: user)
        return try await NewsroomArticleDTO(entry, on: req).encodeResponse(status: .created, for: req)
    }
}
