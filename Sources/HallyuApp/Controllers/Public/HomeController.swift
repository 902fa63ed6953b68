import HallyuCore
import Vapor

/// `/`: the featured story, the latest ones and what readers are following.
struct HomeController {
    func index(req: Request) async throws -> Response {
        let request = try req.pageRequest(defaultPer: 12)
        return try await query(req, request).response(for: req)
    }

    func query(_ req: Request, _ request: Paging) async throws -> HomePage {
        let formatting = req.formatting
        let (featured, latest) = try await req.articles.front(request)
        let trending = try await req.articles.trendingSubjects(kinds: [.person, .title])
        let people = trending[.person] ?? []
        let titles = trending[.title] ?? []
        let kinds = try await req.knowledge.titleKinds(slugs: titles.map(\.slug))
        let pager = Pager(latest, basePath: "/", defaultPer: 12)
        return HomePage(
            meta: req.pageMeta(
                title: "Hallyu — K-drama and K-pop news",
                description: "News, features and a knowledge base of Korean dramas, films, people and couples.",
                path: "/",
                structuredData: [
                    "@context": StructuredData.context, "@type": "WebSite", "name": "Hallyu",
                    "url": req.publicBase + "/",
                    "potentialAction": [
                        "@type": "SearchAction",
                        "target": req.publicBase + "/search?q={query}",
                        "query-input": "required name=query",
                    ],
                ],
                pager: pager, feedPath: "/feed.xml"),
            featured: featured.map { ArticleCard($0, formatting: formatting) },
            latest: latest.items.filter { $0.slug != featured?.slug }.map { ArticleCard($0, formatting: formatting) },
            trendingPeople: people.map { LinkItem($0) },
            trendingTitles: titles.map { LinkItem($0, titleKind: kinds[$0.slug]) },
            pager: pager)
    }
}
