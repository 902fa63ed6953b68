import HallyuCore
import Vapor

/// `GET /api/v1/articles` and `/api/v1/articles/{slug}`: published articles only.
struct ArticleAPIController {
    func index(req: Request) async throws -> ListDTO<ArticleSummaryDTO> {
        let base = req.application.config.publicURL.absoluteString
        let formatting = req.formatting
        return ListDTO(
            try await req.articles.latest(try req.pageRequest())
                .map { ArticleSummaryDTO($0, formatting: formatting, base: base) })
    }

    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        guard let article = try await req.articles.published(slug: slug) else {
            return try await req.redirectOrNotFound(
                .article, slug: slug,
                notFound: "No published article has the slug \"\(slug)\"."
            ) {
                "/api/v1/articles/\($0)"
            }
        }
        let base = req.application.config.publicURL.absoluteString
        let formatting = req.formatting
        return try await ArticleDTO(
            id: article.id, slug: article.slug, title: article.title, dek: article.dek, url: base + Paths.article(article.slug),
            status: article.status.rawValue, publishedAt: article.publishedAt.map(formatting.iso),
            updatedAt: formatting.iso(article.updatedAt), authors: article.authors.map(AuthorDTO.init),
            tags: article.tags.map(\.ref), subjects: article.subjects, hero: article.hero.map { MediaDTO($0, base: base) },
            markdown: article.body, html: try await req.bodyRenderer().render(article.body, subjects: article.subjects).html,
            related: try await req.articles.related(to: article).map { ArticleSummaryDTO($0, formatting: formatting, base: base) }
        )
        .encodeResponse(for: req)
    }
}
