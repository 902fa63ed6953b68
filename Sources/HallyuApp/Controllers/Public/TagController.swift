import HallyuCore
import Vapor

/// `/tags/{slug}`.
struct TagController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        let request = try req.pageRequest()
        guard let tag = try await req.articles.tag(slug: slug) else {
            return try await req.redirectOrNotFound(.tag, slug: slug) { Paths.of(.tag, $0) }
        }
        let articles = try await req.articles.tagged(tag, request)
        let path = Paths.of(tag.ref)
        let pager = Pager(articles, basePath: path)
        return try await TagPage(
            meta: req.pageMeta(
                title: "\(tag.name) — news and features", description: "Stories tagged \(tag.name).", path: path,
                pager: pager, feedPath: path + "/feed.xml"),
            name: tag.name, articles: articles.items.map { ArticleCard($0, formatting: req.formatting) },
            pager: pager
        ).response(for: req)
    }
}
