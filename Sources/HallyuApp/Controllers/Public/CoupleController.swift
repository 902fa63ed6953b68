import HallyuCore
import Vapor

/// `/couples/{slug}`: both people, the titles they share, the sourced timeline, their quotes.
struct CoupleController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        let request = try req.pageRequest()
        guard let couple = try await req.knowledge.couple(slug: slug) else {
            return try await req.redirectOrNotFound(.couple, slug: slug) { Paths.of(.couple, $0) }
        }
        let page = try await query(req, couple: couple, request)
        return try await page.response(for: req)
    }

    func query(_ req: Request, couple: Couple, _ request: Paging) async throws -> CouplePage {
        req.cacheShows(.polls(on: couple.ref))
        let formatting = req.formatting
        let articles = try await req.articles.about(.couple, id: couple.id, request)
        let path = Paths.of(couple.ref)
        let together = try await req.knowledge.sharedCredits(of: couple).map {
            CouplePage.SharedTitle(
                title: LinkItem($0.first.title, titleKind: $0.first.titleKind),
                first: CastLine($0.first), second: CastLine($0.second))
        }
        let timeline = couple.timeline.map {
            CouplePage.TimelineEntry(
                status: $0.status.rawValue, statusLabel: $0.status.label, date: $0.date.longForm,
                dateISO: $0.date.description, statement: $0.statement,
                source: $0.sourceArticle.map { LinkItem($0) }, sourceURL: $0.sourceURL.linkable)
        }
        let pager = Pager(articles, basePath: path)
        let people = [couple.first, couple.second].map { StructuredData.node($0, titleKinds: [:], base: req.publicBase) }
        return CouplePage(
            meta: req.pageMeta(
                title: "\(couple.name) — their story, sourced",
                description: "The titles \(couple.name) share, what they said of each other and the record of their relationship.",
                path: path,
                structuredData: [
                    "@context": StructuredData.context, "@type": "WebPage", "name": couple.name,
                    "url": req.publicBase + path, "about": people,
                ],
                pager: pager, feedPath: path + "/feed.xml"),
            name: couple.name, first: LinkItem(couple.first), second: LinkItem(couple.second), note: couple.note,
            status: couple.currentStatus?.label, together: together, timeline: timeline,
            quotes: try await req.knowledge.quotes(between: couple).map(QuoteView.init),
            articles: articles.items.map { ArticleCard($0, formatting: formatting) },
            pager: pager,
            mentionedIn: try await req.mentionList(id: couple.id),
            polls: try await ArticleDiscussion(request: req).polls(on: .couple, id: couple.id),
            share: ShareView(url: req.publicBase + path, title: couple.name))
    }
}
