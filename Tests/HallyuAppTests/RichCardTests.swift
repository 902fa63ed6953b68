import Foundation
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("OpenGraph, Twitter cards and schema.org JSON-LD")
struct RichCardTests {
    /// The page's JSON-LD, parsed.
    private func structuredData(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func meta(_ html: String, _ property: String) -> String? {
        for attribute in ["property", "name"] {
            let marker = "<meta \(attribute)=\"\(property)\" content=\""
            if let start = html.range(of: marker), let end = html.range(of: "\"", range: start.upperBound..<html.endIndex) {
                return String(html[start.upperBound..<end.lowerBound])
            }
        }
        return nil
    }

    @Test func articlesAreNewsArticlesAboutAndMentioningEntities() async throws {
        try await withApp(demo: true) { app, backend in
            let html = try await get(app, "/articles/han-so-hee-and-song-kang-nevertheless").body.string
            #expect(html.contains("<link rel=\"canonical\" href=\"http://news.test/articles/han-so-hee-and-song-kang-nevertheless\">"))
            #expect(meta(html, "og:type") == "article")
            #expect(meta(html, "og:image")?.hasPrefix("http://news.test/media/") == true)
            #expect(meta(html, "twitter:card") == "summary_large_image")
            #expect(meta(html, "article:published_time") == "2022-06-24T18:00:00+09:00", "\(backend)")
            #expect(meta(html, "article:modified_time") == "2022-06-24T18:00:00+09:00", "never edited since it was published")
            let data = try structuredData(html)
            #expect(data["@type"] as? String == "NewsArticle")
            #expect(data["headline"] as? String == "One year of Nevertheless: how Han So-hee and Song Kang made a risky romance fly")
            #expect((data["author"] as? [[String: Any]])?.first?["@type"] as? String == "Person")
            #expect((data["publisher"] as? [String: Any])?["name"] as? String == "Hallyu")
            let about = try #require(data["about"] as? [[String: Any]])
            #expect(about.contains { $0["@type"] as? String == "TVSeries" && $0["name"] as? String == "Nevertheless" })
            #expect(about.contains { $0["@type"] as? String == "Person" && $0["url"] as? String == "http://news.test/people/han-so-hee" })
            let mentions = try #require(data["mentions"] as? [[String: Any]], "\(backend)")
            #expect(mentions.contains { $0["name"] as? String == "My Name" && $0["@type"] as? String == "TVSeries" })
        }
    }

    @Test func dramasListTheirCastAsPerformanceRoles() async throws {
        try await withApp(demo: true) { app, _ in
            let html = try await get(app, "/dramas/nevertheless").body.string
            #expect(meta(html, "og:type") == "video.tv_show")
            #expect(html.contains("<link rel=\"alternate\" type=\"application/rss+xml\""))
            let data = try structuredData(html)
            #expect(data["@type"] as? String == "TVSeries")
            #expect(data["alternateName"] as? String == "알고있지만")
            let roles = try #require(data["actor"] as? [[String: Any]])
            let first = try #require(roles.first)
            #expect(first["@type"] as? String == "PerformanceRole")
            #expect(first["characterName"] as? String == "Yoo Na-bi")
            #expect((first["actor"] as? [String: Any])?["name"] as? String == "Han So-hee")
        }
    }

    @Test func peopleAreProfiles() async throws {
        try await withApp(demo: true) { app, _ in
            let html = try await get(app, "/people/jennie").body.string
            #expect(meta(html, "og:type") == "profile")
            let data = try structuredData(html)
            #expect(data["@type"] as? String == "Person")
            #expect((data["alternateName"] as? [String])?.contains("제니") == true)
            #expect((data["memberOf"] as? [[String: Any]])?.first?["name"] as? String == "BLACKPINK")
            let group = try structuredData(try await get(app, "/organizations/blackpink").body.string)
            #expect(group["@type"] as? String == "MusicGroup")
        }
    }

    @Test func listPagesPointAtTheirNeighbours() async throws {
        try await withApp(demo: true) { app, _ in
            let first = try await get(app, "/?per=2").body.string
            #expect(first.contains("<link rel=\"next\" href=\"http://news.test/?page=2&amp;per=2\">"))
            #expect(!first.contains("rel=\"prev\""))
            let second = try await get(app, "/?page=2&per=2").body.string
            #expect(second.contains("<link rel=\"prev\" href=\"http://news.test/?per=2\">"))
            #expect(second.contains("<link rel=\"canonical\" href=\"http://news.test/?page=2\">"))
        }
    }

    @Test func jsonLDCannotCloseItsScriptElement() {
        let script = StructuredData.script(["name": "</script><script>alert(1)</script>"])
        #expect(script?.contains("<") == false)
        let decoded = try? JSONSerialization.jsonObject(with: Data((script ?? "").utf8)) as? [String: String]
        #expect(decoded?["name"] == "</script><script>alert(1)</script>", "still the same JSON")
    }

    @Test func jsonLDIsWhatFoundationWouldWrite() throws {
        let tree: [String: Any] = [
            "@type": "NewsArticle", "headline": "Quotes \" and \\ backslashes, tabs\tand lines\n, 한소희 & 송강",
            "wordCount": 1_234, "isAccessibleForFree": true, "rating": 4.5, "episodes": 16.0,
            "about": [["@type": "Person", "name": "Song Kang", "control": "\u{01}\u{1F}"], ["b": [1, 2], "a": []]],
        ]
        let ours = try #require(StructuredData.script(tree))
        let foundation = try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys, .withoutEscapingSlashes])
        let escaped = String(decoding: foundation, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
        #expect(ours == escaped)
        #expect(StructuredData.script(["when": Date()]) == nil, "a value JSON cannot hold")
    }
}

@Suite("JSON-LD text")
struct LinkedDataJSONTests {
    @Test func stringsAreEscapedForAScriptElementAndReadBackUnchanged() throws {
        let text = "한소희 said \"hi\" \\ </script><!-- & \u{01}\u{1F}\n\r\t é 🎬"
        let json = try #require(LinkedDataJSON.write(["b": [text, 2, true, 1.5], "a": ["name": text]]))
        #expect(json.hasPrefix("{\"a\":"), "keys sorted")
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"), "nothing that could end the script element")
        #expect(json.contains("\\u0001") && json.contains("\\u001f"), "control characters as \\u escapes")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((decoded["a"] as? [String: String])?["name"] == text)
        #expect((decoded["b"] as? [Any])?.first as? String == text)
        #expect(LinkedDataJSON.write(["x": Double.nan]) == nil, "no JSON for what JSON cannot hold")
    }
}
