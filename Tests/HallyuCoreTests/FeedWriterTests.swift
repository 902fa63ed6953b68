import Foundation
import HallyuTestSupport
import Testing

@testable import HallyuCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct FeedWriterTests {
    /// 2021-06-18T07:06:40Z, a Friday.
    private let published = Date(timeIntervalSince1970: 1_624_000_000)
    /// A day later.
    private let updated = Date(timeIntervalSince1970: 1_624_086_400)
    private let awkwardTitle = #"Tom & Jerry <Live> "Quoted" 'Single'"#
    private let awkwardURL = "https://example.com/articles/tom-jerry?a=1&b=<2>&c=\"3\""
    private let bodyWithCDATAEnd = "<p>Code: <code>a]]>b</code> &amp; more</p>"

    private var channel: FeedChannel {
        let awkward = FeedEntry(
            id: awkwardURL, url: awkwardURL, title: awkwardTitle, summary: "A & B < C", contentHTML: bodyWithCDATAEnd,
            published: published, updated: updated, authors: ["Kim Ji-won", "Lee Min-ho"], categories: ["drama", "K&R"],
            image: FeedImage(
                url: "https://example.com/media/a.jpg?w=1&h=2", mimeType: "image/jpeg", length: 12_345,
                caption: "Caption <b>", credit: "Photo: JTBC & Co"))
        let hangul = FeedEntry(
            id: "urn:hallyu:article:2", url: "https://example.com/articles/queen-of-tears", title: "눈물의 여왕",
            summary: "김수현과 김지원", published: published, updated: published,
            image: FeedImage(url: "https://example.com/media/b.png", mimeType: "image/png"))
        return FeedChannel(
            title: "Hallyu & Co", description: "K-drama news\u{1}\u{B}", siteURL: "https://example.com/",
            feedURL: "https://example.com/feed.xml?x=1&y=2", language: "en", updated: updated,
            entries: [awkward, hangul])
    }

    @Test func escapingCoversMarkupAndDropsWhatXMLForbids() throws {
        #expect(XMLText.escaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
        #expect(XMLText.escaped("a\u{0}b\u{1F}c\u{FFFE}d\te\nf\u{FFFF}") == "abcd\te\nf")
        #expect(XMLText.escaped("한소희 🎬") == "한소희 🎬")
        #expect(XMLText.cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>")
        #expect(XMLText.cdata("]]]>") == "<![CDATA[]]]]]><![CDATA[>]]>")
        // A combining mark on the `>` makes one character of it, which a search by characters
        // does not find; the section must still not end early.
        #expect(XMLText.cdata("a]]>\u{0338}b") == "<![CDATA[a]]]]><![CDATA[>\u{0338}b]]>")
    }

    /// The scan before a CDATA section reads sixteen bytes at a time: a forbidden character or a
    /// section end at any place, either side of a block's edge, and in the tail is still found.
    @Test func cDATAFindsWhatItMustAtEveryPlace() throws {
        for length in 0...40 {
            // Three-byte Hangul and one-byte letters, so places fall on every offset of a block.
            let prose = Array(String(repeating: "가", count: length / 3) + String(repeating: "a", count: length % 3 + length / 2))
            for place in 0...prose.count {
                let before = String(prose[..<place]), after = String(prose[place...])
                let context = "\(prose.count) characters, at \(place)"
                #expect(XMLText.cdata(before + "\u{1}\n" + after) == "<![CDATA[" + before + "\n" + after + "]]>", "\(context)")
                #expect(XMLText.cdata(before + "\u{FFFF}" + after) == "<![CDATA[" + before + after + "]]>", "\(context)")
                #expect(XMLText.cdata(before + "]]>" + after) == "<![CDATA[" + before + "]]]]><![CDATA[>" + after + "]]>", "\(context)")
                #expect(XMLText.cdata(before + "]\t]>" + after) == "<![CDATA[" + before + "]\t]>" + after + "]]>", "\(context)")
            }
        }
    }

    @Test func rSSCarriesEveryFieldAndParsesBack() throws {
        let xml = RSSFeed.xml(channel)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""))
        #expect(xml.contains("]]]]><![CDATA[>"), "the CDATA end marker inside the body is split")
        let doc = try ParsedXML.parse(xml)

        #expect(doc.text("rss/channel/title") == "Hallyu & Co")
        #expect(doc.text("rss/channel/link") == "https://example.com/")
        #expect(doc.text("rss/channel/description") == "K-drama news", "control characters are dropped")
        #expect(doc.text("rss/channel/language") == "en")
        #expect(doc.text("rss/channel/lastBuildDate") == "Sat, 19 Jun 2021 07:06:40 +0000")
        #expect(doc.attributes("rss/channel/atom:link").first?["href"] == "https://example.com/feed.xml?x=1&y=2")
        #expect(doc.attributes("rss/channel/atom:link").first?["rel"] == "self")

        #expect(doc.texts("rss/channel/item/title") == [awkwardTitle, "눈물의 여왕"])
        #expect(doc.texts("rss/channel/item/link") == [awkwardURL, "https://example.com/articles/queen-of-tears"])
        #expect(doc.texts("rss/channel/item/guid") == [awkwardURL, "urn:hallyu:article:2"])
        #expect(doc.attributes("rss/channel/item/guid").map { $0["isPermaLink"] } == ["true", "false"])
        #expect(doc.texts("rss/channel/item/description") == ["A & B < C", "김수현과 김지원"])
        #expect(doc.texts("rss/channel/item/content:encoded") == [bodyWithCDATAEnd], "only entries with a body have one")
        #expect(doc.texts("rss/channel/item/dc:creator") == ["Kim Ji-won", "Lee Min-ho"])
        #expect(doc.texts("rss/channel/item/category") == ["drama", "K&R"])

        let rfc822 = DateFormatter()
        rfc822.locale = Locale(identifier: "en_US_POSIX")
        rfc822.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        #expect(doc.texts("rss/channel/item/pubDate").map { rfc822.date(from: $0) } == [published, published])

        let enclosures = doc.attributes("rss/channel/item/enclosure")
        #expect(
            enclosures == [
                ["url": "https://example.com/media/a.jpg?w=1&h=2", "length": "12345", "type": "image/jpeg"],
                ["url": "https://example.com/media/b.png", "length": "0", "type": "image/png"],
            ])
        #expect(
            doc.attributes("rss/channel/item/media:content").first == [
                "url": "https://example.com/media/a.jpg?w=1&h=2", "medium": "image", "type": "image/jpeg",
            ])
        #expect(doc.texts("rss/channel/item/media:content/media:description") == ["Caption <b>"])
        #expect(doc.texts("rss/channel/item/media:content/media:credit") == ["Photo: JTBC & Co"])
    }

    @Test func atomCarriesEveryFieldAndParsesBack() throws {
        let doc = try ParsedXML.parse(AtomFeed.xml(channel))

        #expect(doc.attributes("feed").first?["xml:lang"] == "en")
        #expect(doc.text("feed/id") == "https://example.com/")
        #expect(doc.text("feed/title") == "Hallyu & Co")
        #expect(doc.text("feed/subtitle") == "K-drama news")
        #expect(doc.text("feed/updated") == "2021-06-19T07:06:40Z")
        #expect(doc.text("feed/updated").flatMap { ISO8601DateFormatter().date(from: $0) } == updated)
        #expect(doc.texts("feed/author/name") == ["Hallyu & Co"], "a feed-level author covers entries without a byline")
        let links = doc.attributes("feed/link")
        #expect(links.first(where: { $0["rel"] == "alternate" })?["href"] == "https://example.com/")
        #expect(links.first(where: { $0["rel"] == "self" })?["href"] == "https://example.com/feed.xml?x=1&y=2")

        #expect(doc.texts("feed/entry/id") == [awkwardURL, "urn:hallyu:article:2"])
        #expect(doc.texts("feed/entry/title") == [awkwardTitle, "눈물의 여왕"])
        #expect(doc.texts("feed/entry/published").map { ISO8601DateFormatter().date(from: $0) } == [published, published])
        #expect(doc.texts("feed/entry/updated").map { ISO8601DateFormatter().date(from: $0) } == [updated, published])
        #expect(doc.texts("feed/entry/author/name") == ["Kim Ji-won", "Lee Min-ho"])
        #expect(doc.texts("feed/entry/summary") == ["A & B < C", "김수현과 김지원"])
        #expect(doc.attributes("feed/entry/summary").map { $0["type"] } == ["text", "text"])
        #expect(doc.texts("feed/entry/content") == [bodyWithCDATAEnd])
        #expect(doc.attributes("feed/entry/content").first?["type"] == "html")
        #expect(doc.attributes("feed/entry/category").map { $0["term"] } == ["drama", "K&R"])

        let entryLinks = doc.attributes("feed/entry/link")
        #expect(entryLinks.filter { $0["rel"] == "alternate" }.map { $0["href"] } == [awkwardURL, "https://example.com/articles/queen-of-tears"])
        #expect(
            entryLinks.filter { $0["rel"] == "enclosure" } == [
                ["rel": "enclosure", "type": "image/jpeg", "href": "https://example.com/media/a.jpg?w=1&h=2", "length": "12345"],
                ["rel": "enclosure", "type": "image/png", "href": "https://example.com/media/b.png"],
            ], "length only when it is known")
    }

    @Test func jSONFeedIsVersionOnePointOneWithEveryItemField() throws {
        let data = try JSONFeed.data(channel)
        #expect(try data == JSONFeed.data(channel), "the same feed encodes to the same bytes")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"https://example.com/\""), "slashes are not escaped")

        let feed = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((feed["version"] as? String) == "https://jsonfeed.org/version/1.1")
        #expect((feed["title"] as? String) == "Hallyu & Co")
        #expect((feed["home_page_url"] as? String) == "https://example.com/")
        #expect((feed["feed_url"] as? String) == "https://example.com/feed.xml?x=1&y=2")
        #expect((feed["description"] as? String) == "K-drama news\u{1}\u{B}", "JSON can carry any character")
        #expect((feed["language"] as? String) == "en")

        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 2)
        let first = items[0]
        #expect((first["id"] as? String) == awkwardURL)
        #expect((first["url"] as? String) == awkwardURL)
        #expect((first["title"] as? String) == awkwardTitle)
        #expect((first["summary"] as? String) == "A & B < C")
        #expect((first["content_html"] as? String) == bodyWithCDATAEnd)
        #expect(first["content_text"] == nil)
        #expect((first["date_published"] as? String) == "2021-06-18T07:06:40Z")
        #expect((first["date_modified"] as? String) == "2021-06-19T07:06:40Z")
        #expect((first["authors"] as? [[String: String]])?.map { $0["name"] } == ["Kim Ji-won", "Lee Min-ho"])
        #expect((first["tags"] as? [String]) == ["drama", "K&R"])
        #expect((first["image"] as? String) == "https://example.com/media/a.jpg?w=1&h=2")
        let attachment = try #require((first["attachments"] as? [[String: Any]])?.first)
        #expect((attachment["url"] as? String) == "https://example.com/media/a.jpg?w=1&h=2")
        #expect((attachment["mime_type"] as? String) == "image/jpeg")
        #expect((attachment["size_in_bytes"] as? Int) == 12_345)
        #expect((attachment["title"] as? String) == "Caption <b>")

        let second = items[1]
        #expect((second["title"] as? String) == "눈물의 여왕")
        #expect((second["content_text"] as? String) == "김수현과 김지원", "without a body the summary is the content")
        #expect(second["content_html"] == nil)
        #expect(second["authors"] == nil)
        #expect(second["tags"] == nil)
        let bare = try #require((second["attachments"] as? [[String: Any]])?.first)
        #expect(bare["size_in_bytes"] == nil)
        #expect(bare["title"] == nil)
    }

    @Test func sitemapListsPagesWithTheirImages() throws {
        let urls = [
            SitemapURL(
                loc: "https://example.com/articles/a?x=1&y=2", lastModified: published,
                images: [SitemapImage(loc: "https://example.com/media/a.jpg", caption: "한소희 & <friends>", title: "Poster")]),
            SitemapURL(loc: "https://example.com/"),
        ]
        let doc = try ParsedXML.parse(Sitemap.urlset(urls))
        #expect(doc.texts("urlset/url/loc") == ["https://example.com/articles/a?x=1&y=2", "https://example.com/"])
        #expect(doc.texts("urlset/url/lastmod") == ["2021-06-18T07:06:40Z"])
        #expect(doc.texts("urlset/url/image:image/image:loc") == ["https://example.com/media/a.jpg"])
        #expect(doc.texts("urlset/url/image:image/image:caption") == ["한소희 & <friends>"])
        #expect(doc.texts("urlset/url/image:image/image:title") == ["Poster"])
        #expect(Sitemap.maxURLs == 50_000)
    }

    @Test func sitemapIndexListsTheSitemaps() throws {
        let xml = Sitemap.index([
            (loc: "https://example.com/sitemap-1.xml", lastModified: updated),
            (loc: "https://example.com/sitemap-2.xml?a=1&b=2", lastModified: nil),
        ])
        let doc = try ParsedXML.parse(xml)
        #expect(doc.texts("sitemapindex/sitemap/loc") == ["https://example.com/sitemap-1.xml", "https://example.com/sitemap-2.xml?a=1&b=2"])
        #expect(doc.texts("sitemapindex/sitemap/lastmod") == ["2021-06-19T07:06:40Z"])
    }

    @Test func newsSitemapNamesThePublicationAndTheArticle() throws {
        let entry = Sitemap.NewsEntry(
            loc: "https://example.com/articles/queen-of-tears", title: "눈물의 여왕 & \"Lovely Runner\"",
            published: published, language: "en", publicationName: "Hallyu & Co")
        let doc = try ParsedXML.parse(Sitemap.news([entry]))
        #expect(doc.texts("urlset/url/loc") == ["https://example.com/articles/queen-of-tears"])
        #expect(doc.texts("urlset/url/news:news/news:publication/news:name") == ["Hallyu & Co"])
        #expect(doc.texts("urlset/url/news:news/news:publication/news:language") == ["en"])
        #expect(doc.texts("urlset/url/news:news/news:publication_date") == ["2021-06-18T07:06:40Z"])
        #expect(doc.texts("urlset/url/news:news/news:title") == ["눈물의 여왕 & \"Lovely Runner\""])
    }

    @Test func robotsKeepsSearchPagesOutAndPointsAtTheSitemaps() throws {
        #expect(
            Sitemap.robots(sitemapURLs: ["https://example.com/sitemap.xml", "https://example.com/news-sitemap.xml"])
                == "User-agent: *\nDisallow: /search\n\nSitemap: https://example.com/sitemap.xml\nSitemap: https://example.com/news-sitemap.xml\n")
        let injected = Sitemap.robots(sitemapURLs: ["https://example.com/s.xml\nDisallow: /"])
        #expect(
            injected.split(separator: "\n").filter { $0.hasPrefix("Disallow") } == ["Disallow: /search"], "a line break in a URL cannot add a rule")
    }
}

@Suite struct UTCTimestampTests {
    /// Edges (the epoch, days' ends, a leap day, 2100, 1900, a fraction) and 2,000 moments
    /// between 1875 and 2128.
    private func moments(seed: UInt64) -> [Date] {
        var random = SeededRandom(seed: seed)
        var seconds: [Double] = [0, -1, 86_399, 86_400, 951_782_400, 4_107_542_399, -2_208_988_800, 1_624_111_200.75]
        for _ in 0..<2_000 { seconds.append(Double(random.next(below: 8_000_000_000)) - 3_000_000_000) }
        return seconds.map { Date(timeIntervalSince1970: $0) }
    }

    @Test func matchesFoundationsFormatterAcrossCenturies() throws {
        let formatter = ISO8601DateFormatter()
        for date in moments(seed: 7) {
            #expect(UTCTimestamp.string(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func rFC822MatchesFoundationsFormatterAcrossCenturies() throws {
        let formatter = englishUTCFormatter("EEE, dd MMM yyyy HH:mm:ss Z")
        for date in moments(seed: 11) {
            #expect(UTCTimestamp.rfc822(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func hTTPDateMatchesFoundationsFormatterAcrossCenturies() throws {
        let formatter = englishUTCFormatter("EEE, dd MMM yyyy HH:mm:ss 'GMT'")
        for date in moments(seed: 13) {
            #expect(UTCTimestamp.httpDate(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    private func englishUTCFormatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = format
        return formatter
    }
}
