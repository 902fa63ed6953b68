import Foundation
import HallyuCore
import HallyuStore
import HallyuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Feeds, sitemaps and robots.txt")
struct FeedAndSitemapTests {
    @Test func rssCarriesTheNewestArticlesWithAbsoluteAddresses() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/feed.xml")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/rss+xml") == true)
            let feed = try ParsedXML.parse(response.body.string)
            #expect(feed.text("rss/channel/title") == "Hallyu")
            #expect(feed.attributes("rss/channel/atom:link").first?["href"] == "http://news.test/feed.xml")
            let links = feed.texts("rss/channel/item/link")
            #expect(links.count == 13, "\(backend)")
            #expect(links.first == "http://news.test/articles/song-kang-career-profile", "newest first")
            let body = try #require(feed.texts("rss/channel/item/content:encoded").first)
            #expect(body.contains("href=\"http://news.test/people/song-kang\""), "links in the body are absolute")
            let enclosure = try #require(feed.attributes("rss/channel/item/enclosure").first)
            #expect(enclosure["url"]?.hasPrefix("http://news.test/media/demo-") == true)
            #expect(enclosure["type"] == "image/svg+xml")
            #expect(Int(enclosure["length"] ?? "0")! > 0, "the file's size")
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
            let published = try #require(feed.texts("rss/channel/item/pubDate").first.flatMap(formatter.date))
            #expect(ISO8601DateFormatter().string(from: published) == "2024-04-02T00:00:00Z", "09:00 in Seoul")
        }
    }

    /// A feed keeps each entry's text between builds; a change to what an entry shows and its
    /// article does not record (its picture's credit) still reaches the next build.
    @Test func keptFeedEntriesFollowWhatTheyShow() async throws {
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            let before = try await get(app, "/feed.xml").text
            let fileName = try #require(before.firstMatch(of: /<enclosure url="http:\/\/news.test\/media\/([^"]+)"/)?.output.1)
            #expect(try await get(app, "/feed.xml").text == before, "the same feed from kept entries on \(backend)")
            let atom = try await get(app, "/atom.xml").text
            #expect(try await get(app, "/atom.xml").text == atom, "\(backend)")
            let items = try await app.mediaLibrary.list(query: String(fileName), try Paging(per: 5)).items
            let hero = try #require(items.first { $0.media.fileName == fileName }?.media)
            _ = try await app.mediaLibrary.describe(id: hero.id, .init(alt: hero.alt, caption: hero.caption, credit: "Photo: A New Credit"))
            let after = try await get(app, "/feed.xml").text
            #expect(after.contains("<media:credit>Photo: A New Credit</media:credit>"), "\(backend)")
            // The same as a feed written with nothing kept.
            app.mentionIndexCache.invalidate()
            #expect(try await get(app, "/feed.xml").text == after, "\(backend)")
        }
    }

    @Test func atomAndJSONFeedCarryTheSameArticles() async throws {
        try await withApp(demo: true) { app, _ in
            let atom = try ParsedXML.parse(try await get(app, "/atom.xml").body.string)
            let ids = atom.texts("feed/entry/id")
            #expect(ids.count == 13)
            #expect(atom.text("feed/entry/updated") == "2024-04-02T00:00:00Z")
            let json = try await get(app, "/feed.json")
            #expect(json.headers.contentType?.description.hasPrefix("application/feed+json") == true)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
            #expect(object["version"] as? String == "https://jsonfeed.org/version/1.1")
            let items = try #require(object["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == ids)
            #expect(items.first?["date_published"] as? String == "2024-04-02T00:00:00Z")
        }
    }

    @Test func entityFeedsCarryTheirOwnStories() async throws {
        try await withApp(demo: true) { app, _ in
            let feed = try ParsedXML.parse(try await get(app, "/people/han-so-hee/feed.xml").body.string)
            #expect(feed.text("rss/channel/title") == "Han So-hee — Hallyu")
            #expect(feed.texts("rss/channel/item/link").contains("http://news.test/articles/han-so-hee-career-profile"))
            #expect(!feed.texts("rss/channel/item/link").contains("http://news.test/articles/song-kang-career-profile"))
            let tag = try await get(app, "/tags/netflix/feed.xml")
            #expect(tag.status == .ok)
            let moved = try await get(app, "/films/nevertheless/feed.xml")
            #expect(moved.status == .movedPermanently)
            #expect(moved.headers.first(name: .location) == "/dramas/nevertheless/feed.xml")
            #expect(try await get(app, "/people/nobody-at-all/feed.xml").status == .notFound)
        }
    }

    @Test func conditionalGetAnswers304() async throws {
        try await withApp(demo: true) { app, _ in
            let first = try await get(app, "/feed.xml")
            let etag = try #require(first.headers.first(name: .eTag))
            let lastModified = try #require(first.headers.first(name: .lastModified))
            #expect(lastModified == "Tue, 02 Apr 2024 00:00:00 GMT")
            let again = try await get(app, "/feed.xml", headers: ["If-None-Match": etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            let since = try await get(app, "/feed.xml", headers: ["If-Modified-Since": lastModified])
            #expect(since.status == .notModified)
            let older = try await get(app, "/feed.xml", headers: ["If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"])
            #expect(older.status == .ok)
            let otherFeed = try await get(app, "/atom.xml", headers: ["If-None-Match": etag])
            #expect(otherFeed.status == .ok, "each feed has its own tag")
        }
    }

    @Test func theSitemapListsEveryPageWithDatesAndPictures() async throws {
        try await withApp(demo: true) { app, backend in
            let map = try ParsedXML.parse(try await get(app, "/sitemap.xml").body.string)
            let locations = map.texts("urlset/url/loc")
            #expect(locations.first == "http://news.test/")
            #expect(locations.contains("http://news.test/articles/han-so-hee-career-profile"))
            #expect(locations.contains("http://news.test/people/han-so-hee"))
            #expect(locations.contains("http://news.test/dramas/nevertheless"))
            #expect(locations.contains("http://news.test/couples/han-so-hee-and-song-kang"))
            #expect(locations.contains("http://news.test/tags/netflix"))
            #expect(Set(locations).count == locations.count, "\(backend)")
            let urls = map.elements.filter { $0.path == "urlset/url" }.count
            #expect(map.texts("urlset/url/lastmod").count >= 13 + 1, "articles and the entities written about")
            #expect(map.texts("urlset/url/image:image/image:loc").count == 13)
            #expect(map.texts("urlset/url/image:image/image:caption").allSatisfy { $0.contains("Hallyu Studio") })
            #expect(urls == locations.count)
            let robots = try await get(app, "/robots.txt").body.string
            #expect(robots.contains("Sitemap: http://news.test/sitemap.xml"))
            #expect(robots.contains("Sitemap: http://news.test/sitemap-news.xml"))
        }
    }

    @Test func aBigSiteGetsAnIndexOfSitemaps() async throws {
        try await withApp(demo: true) { app, _ in
            app.sitemapLimit = 20
            let index = try ParsedXML.parse(try await get(app, "/sitemap.xml").body.string)
            let parts = index.texts("sitemapindex/sitemap/loc")
            #expect(parts.contains("http://news.test/sitemaps/articles-1.xml"))
            #expect(parts.contains("http://news.test/sitemaps/people-4.xml"), "65 people in pages of 20")
            var listed: [String] = []
            for part in parts {
                let path = String(part.dropFirst("http://news.test".count))
                let map = try ParsedXML.parse(try await get(app, path).body.string)
                let locations = map.texts("urlset/url/loc")
                #expect(locations.count <= 20)
                listed += locations
            }
            #expect(listed.filter { $0.contains("/people/") }.count == 65)
            #expect(Set(listed).count == listed.count)
            #expect(try await get(app, "/sitemaps/people-9.xml").status == .notFound)
            #expect(try await get(app, "/sitemaps/planets-1.xml").status == .notFound)
        }
    }

    @Test func theNewsSitemapHoldsTheLastTwoDays() async throws {
        try await withApp(demo: true) { app, _ in
            _ = try await ArticleWriter(database: app.db).add(
                Article(
                    id: "", slug: "breaking", title: "Breaking: a new drama is cast", dek: "News.", body: "Text.",
                    status: .published, publishedAt: Date().addingTimeInterval(-3600), updatedAt: Date(), featured: false))
            let news = try ParsedXML.parse(try await get(app, "/sitemap-news.xml").body.string)
            #expect(news.texts("urlset/url/loc") == ["http://news.test/articles/breaking"], "the demo's articles are older")
            #expect(news.text("urlset/url/news:news/news:title") == "Breaking: a new drama is cast")
            #expect(news.text("urlset/url/news:news/news:publication/news:name") == "Hallyu")
        }
    }

    @Test func feedBodiesGetAbsoluteAddressesAndNothingElseChanges() {
        let html =
            #"<p>한소희 <a href="/people/han-so-hee">Han So-hee</a> and <a href="https://x.test/a">out</a></p>"#
            + #"<img src="/media/a.jpg" alt="src=&quot;/"><a href="/dramas/my-name#cast">s</a>href="/"#
        let expected = html.replacingOccurrences(of: "href=\"/", with: "href=\"https://news.test/")
            .replacingOccurrences(of: "src=\"/", with: "src=\"https://news.test/")
        #expect(FeedController.absolute(html, base: "https://news.test") == expected)
        #expect(FeedController.absolute("", base: "https://news.test") == "")
        #expect(FeedController.absolute("href=\"", base: "https://news.test") == "href=\"", "a pattern cut off at the end")
        let picture = #"<source srcset="/media/a-w320.webp 320w, /media/a-w640.webp 640w" sizes="1px"><img alt="x, /y" srcset="/a 1x, /b 2x">"#
        #expect(
            FeedController.absolute(picture, base: "https://news.test")
                == #"<source srcset="https://news.test/media/a-w320.webp 320w, https://news.test/media/a-w640.webp 640w" sizes="1px"><img alt="x, /y" srcset="https://news.test/a 1x, https://news.test/b 2x">"#,
            "every address of a srcset, nothing outside it")
        #expect(
            FeedController.absolute(#"srcset="/a, /b"#, base: "https://n.test") == #"srcset="https://n.test/a, https://n.test/b"#,
            "cut off inside the value")
    }
}
