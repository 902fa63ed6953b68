import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Pages point at an image's resized copies once they are made: `srcset` and `sizes` for the
/// layout, WebP first, the hero fetched first and pictures further down when scrolled to, the
/// social card crop for networks, and a copy without metadata in feeds and the sitemap.
@Suite struct ResponsiveImageTests {
    @Test func pagesOfferTheCopiesAThePhoneNeeds() async throws {
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            let story = try #require(try await ArticleRepository(database: app.db).published(slug: demoStory))
            let hero = try #require(story.hero)
            let stem = String(hero.fileName.prefix { $0 != "." })
            let before = try await get(app, "/articles/\(demoStory)").text
            #expect(before.contains("<img src=\"/media/\(hero.fileName)\""), "the upload, without copies (\(backend))")
            #expect(!before.contains("<picture>"))

            let copies = ImageVariants(fallback: .jpeg, widths: [320, 640, 960, 1280], socialWidth: 1200, socialHeight: 630)
            try await MediaLibrary(database: app.db).recordVariants(id: hero.id, copies, width: 1280, height: 720)
            let page = try await get(app, "/articles/\(demoStory)").text
            let sizes = "(min-width: 72rem) 70rem, calc(100vw - 2rem)"
            #expect(
                page.contains(
                    "<figure class=\"hero\">\n    <picture><source type=\"image/webp\" srcset=\"/media/\(stem)-r1-w320.webp 320w, /media/\(stem)-r1-w640.webp 640w, /media/\(stem)-r1-w960.webp 960w, /media/\(stem)-r1-w1280.webp 1280w\" sizes=\"\(sizes)\">"
                        + "<img src=\"/media/\(stem)-r1-w960.jpg\" srcset=\"/media/\(stem)-r1-w320.jpg 320w, /media/\(stem)-r1-w640.jpg 640w, /media/\(stem)-r1-w960.jpg 960w, /media/\(stem)-r1-w1280.jpg 1280w\" sizes=\"\(sizes)\""
                        + " alt=\"\(hero.alt)\" width=\"1280\" height=\"720\" fetchpriority=\"high\"></picture>"),
                "the hero: WebP first, the copy nearest 960 as src, fetched first (\(backend))")
            #expect(page.contains("<meta property=\"og:image\" content=\"http://news.test/media/\(stem)-r1-social.jpg\">"))
            #expect(page.contains("<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">"))
            #expect(page.contains("<meta name=\"twitter:image\" content=\"http://news.test/media/\(stem)-r1-social.jpg\">"))
            #expect(
                page.contains("\"image\":[\"http://news.test/media/\(stem)-r1-social.jpg\",\"http://news.test/media/\(stem)-r1-w1280.jpg\"]"),
                "JSON-LD")

            let home = try await get(app, "/").text
            let cards = home.matches(of: /<a class="card__image"[^>]*>(.*?)<\/a>/).map { String($0.output.1) }
            #expect(!cards.isEmpty && cards.allSatisfy { $0.contains("loading=\"lazy\"") }, "cards load when scrolled to (\(backend))")
            #expect(!home.contains("<a class=\"featured__image\"") || home.contains("fetchpriority=\"high\""), "the featured picture comes first")
            let related = page.matches(of: /<a class="card__image"[^>]*>(.*?)<\/a>/).map { String($0.output.1) }
            for card in related where card.contains("srcset") {
                #expect(card.contains("sizes=\"\(ImageSizes.compactCard)\""), "related stories are wider cards")
            }

            let feed = try await get(app, "/feed.xml").text
            #expect(
                feed.contains("<enclosure url=\"http://news.test/media/\(stem)-r1-w1280.jpg\""),
                "the widest copy, without the upload's metadata (\(backend))")
            #expect(feed.contains("type=\"image/jpeg\""))
            let sitemap = try await get(app, "/sitemaps/articles-1.xml").text
            #expect(sitemap.contains("<image:loc>http://news.test/media/\(stem)-r1-w1280.jpg</image:loc>"), "\(backend)")
        }
    }
}
