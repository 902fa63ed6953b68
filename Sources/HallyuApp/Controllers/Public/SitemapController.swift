import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `/sitemap.xml` (one list, or an index of `/sitemaps/{part}-{n}.xml` once there are more than
/// 50,000 addresses), `/sitemap-news.xml` (the last 48 hours) and `/robots.txt`.
struct SitemapController {
    /// The parts of a sitemap index, by the kind of page they list.
    static let parts: [(name: String, kind: EntityKind)] = [
        ("articles", .article), ("people", .person), ("titles", .title), ("organizations", .organization),
        ("couples", .couple), ("tags", .tag),
    ]

    func index(req: Request) async throws -> Response {
        let source = req.sitemapSource
        var counts: [String: Int] = [:]
        for part in Self.parts {
            counts[part.name] = part.kind == .article ? try await source.publishedCount() : try await source.entityCount(part.kind)
        }
        let total = counts.values.reduce(1, +)
        let base = req.publicBase
        if total <= req.application.sitemapLimit {
            var urls = [SitemapURL(loc: base + "/")]
            for part in Self.parts {
                urls += try await self.urls(
                    part.kind, source: source, base: base, page: 1,
                    limit: req.application.sitemapLimit)
            }
            return xml(Sitemap.urlset(urls))
        }
        var sitemaps: [(loc: String, lastModified: Date?)] = []
        for part in Self.parts {
            let pages = max(1, (counts[part.name, default: 0] + req.application.sitemapLimit - 1) / req.application.sitemapLimit)
            for page in 1...pages { sitemaps.append((base + "/sitemaps/\(part.name)-\(page).xml", nil)) }
        }
        return xml(Sitemap.index(sitemaps))
    }

    /// `/sitemaps/articles-2.xml`.
    func part(req: Request) async throws -> Response {
        guard let name = req.parameters.get("part"), name.hasSuffix(".xml"),
            case let stem = name.dropLast(4), let dash = stem.lastIndex(of: "-"),
            let page = Int(stem[stem.index(after: dash)...]), page >= 1,
            let part = Self.parts.first(where: { $0.name == stem[..<dash] })
        else {
            throw Abort(.notFound)
        }
        let urls = try await urls(
            part.kind, source: req.sitemapSource, base: req.publicBase, page: page,
            limit: req.application.sitemapLimit)
        guard !urls.isEmpty || page == 1 else { throw Abort(.notFound) }
        return xml(Sitemap.urlset(urls))
    }

    func news(req: Request) async throws -> Response {
        let since = req.now.addingTimeInterval(-48 * 3600)
        let base = req.publicBase
        let entries = try await req.sitemapSource.articles(since: since, limit: 1000).map { article in
            Sitemap.NewsEntry(
                loc: base + Paths.article(article.slug), title: article.title,
                published: article.publishedAt ?? since, language: "en", publicationName: "Hallyu")
        }
        return xml(Sitemap.news(entries))
    }

    func robots(req: Request) async throws -> Response {
        let base = req.publicBase
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; charset=utf-8")
        return Response(
            status: .ok, headers: headers,
            body: .init(string: Sitemap.robots(sitemapURLs: [base + "/sitemap.xml", base + "/sitemap-news.xml"])))
    }

    /// One page of a part: up to 50,000 addresses.
    private func urls(_ kind: EntityKind, source: SitemapSource, base: String, page: Int, limit: Int) async throws -> [SitemapURL] {
        if kind == .article {
            return try await source.articles(offset: (page - 1) * limit, limit: limit).map { article in
                SitemapURL(
                    loc: base + Paths.article(article.slug), lastModified: article.lastModified,
                    images: article.hero.map {
                        [
                            SitemapImage(
                                loc: base + "/media/" + $0.fileName,
                                caption: [$0.caption, $0.credit].filter { !$0.isEmpty }
                                    .joined(separator: " — "))
                        ]
                    } ?? [])
            }
        }
        let all = try await source.entities(kind)
        let start = (page - 1) * limit
        guard start < all.count || (page == 1 && all.isEmpty) else { return [] }
        return all[start..<min(all.count, start + limit)].map { entity in
            SitemapURL(
                loc: base + Paths.of(EntityRef(kind: kind, slug: entity.slug, name: ""), titleKind: entity.titleKind),
                lastModified: entity.lastModified)
        }
    }

    private func xml(_ text: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=600")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

struct SitemapLimitKey: StorageKey {
    typealias Value = Int
}

extension Application {
    /// Addresses per sitemap file: the protocol's 50,000, lower only in tests of the index.
    var sitemapLimit: Int {
        get { storage[SitemapLimitKey.self] ?? Sitemap.maxURLs }
        set { storage[SitemapLimitKey.self] = newValue }
    }
}
