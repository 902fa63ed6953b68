import HallyuCore
import Vapor

/// `/dramas/{slug}` and `/films/{slug}`; each kind answers at its own path and the other redirects.
struct TitleController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        let request = try req.pageRequest()
        let segment = req.url.path.hasPrefix("/films/") ? "films" : "dramas"
        guard let title = try await req.knowledge.title(slug: slug) else {
            return try await req.redirectOrNotFound(.title, slug: slug) { "/\(segment)/\($0)" }
        }
        guard title.kind.pathSegment == segment else {
            return req.redirect(to: Paths.of(title.ref, titleKind: title.kind), redirectType: .permanent)
        }
        return try await query(req, title: title, request).response(for: req)
    }

    func query(_ req: Request, title: Title, _ request: Paging) async throws -> TitlePage {
        let credits = try await req.knowledge.credits(ofTitle: title)
        let articles = try await req.articles.about(.title, id: title.id, request)
        let path = Paths.of(title.ref, titleKind: title.kind)
        let year = title.year.map { " (\($0))" } ?? ""
        let pager = Pager(articles, basePath: path)
        return TitlePage(
            meta: req.pageMeta(
                title: "\(title.name)\(year) — cast, characters and news",
                description: String(title.synopsis.prefix(200)), path: path,
                type: title.kind == .film ? "video.movie" : "video.tv_show",
                structuredData: StructuredData.title(title, cast: credits, base: req.publicBase),
                pager: pager, feedPath: path + "/feed.xml"),
            facts: FactsBox(title: title, credits: credits), aliases: title.aliases, synopsis: title.synopsis,
            cast: credits.map(CastLine.init),
            couples: try await req.knowledge.couples(inTitle: title).map(CoupleCard.init),
            articles: articles.items.map { ArticleCard($0, formatting: req.formatting) },
            pager: pager,
            mentionedIn: try await req.mentionList(id: title.id))
    }
}
