import HallyuCore
import HallyuStore
import Vapor

/// `/articles/{slug}`.
struct ArticleController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        guard let page = try await ArticlePage.published(slug: slug, for: req) else {
            return try await req.redirectOrNotFound(.article, slug: slug) { Paths.article($0) }
        }
        return try await page.response(for: req)
    }
}
