import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Reader pages on the demo newsroom")
struct PublicPagesTests {
    @Test func homeShowsTheFeaturedStoryAndTrendingPeople() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/")
            #expect(response.status == .ok, "\(backend)")
            #expect(
                response.text.contains("<h1 class=\"featured__title\"><a href=\"/articles/han-so-hee-and-song-kang-nevertheless\">"),
                "the demo's featured story leads the page on \(backend)")
            #expect(response.text.contains("Trending people"), "\(backend)")
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
        }
    }

    @Test func articlePageHasHeroCreditFactsBoxAndRelated() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/articles/han-so-hee-and-song-kang-nevertheless")
            #expect(response.status == .ok, "\(backend)")
            let html = response.text
            #expect(html.contains("Illustration: Hallyu Studio"), "hero credit shown")
            #expect(html.contains("class=\"facts\""), "facts box for Nevertheless")
            #expect(html.contains("<span lang=\"ko\">알고있지만</span>"), "native title wrapped in lang=ko")
            #expect(html.contains("JTBC"))
            #expect(html.contains("Yoo Na-bi"))
            #expect(html.contains("You might like"))
            #expect(html.contains("<h2 id=\"the-dating-question\">"), "body headings carry ids")
            #expect(!html.contains("<iframe"), "no third-party frame before a click")
        }
    }

    @Test func knownNamesLinkThemselvesOnce() async throws {
        try await withApp(demo: true) { app, _ in
            let page = try await get(app, "/articles/han-so-hee-and-song-kang-nevertheless").text
            // The body alone: the facts box and the subject list link the same pages.
            let body = try #require(page.firstRange(of: "<div class=\"prose\">").map { page[$0.upperBound...] })
            let html = String(body[..<(body.firstRange(of: "</div>")?.lowerBound ?? body.endIndex)])
            let link = "href=\"/dramas/nevertheless#character-yoo-na-bi\""
            #expect(html.contains(link), "Yoo Na-bi links to her anchor on the drama's page")
            #expect(html.components(separatedBy: link).count == 2, "only the first mention links")
            #expect(
                html.components(separatedBy: "href=\"/people/han-so-hee\"").count == 2,
                "the written [[Han So-hee]] link wins and no automatic one is added")
        }
    }

    @Test func dramaPageListsCastWithCharacterAnchors() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/dramas/nevertheless")
            #expect(response.status == .ok, "\(backend)")
            #expect(response.text.contains("id=\"character-yoo-na-bi\""))
            #expect(response.text.contains("id=\"character-park-jae-eon\""))
            #expect(response.text.contains("/couples/han-so-hee-and-song-kang"))
            #expect(response.text.contains("Stories"))
        }
    }

    @Test func personPageShowsHangulRolesCouplesAndQuotes() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/people/han-so-hee")
            #expect(response.status == .ok, "\(backend)")
            let html = response.text
            #expect(html.contains("<span class=\"native\" lang=\"ko\">한소희</span>"))
            #expect(html.contains("/dramas/nevertheless#character-yoo-na-bi"))
            #expect(html.contains("/couples/han-so-hee-and-song-kang"))
            #expect(html.contains("Han So-hee</a>, paraphrased"), "her own quotes are marked as paraphrased")
        }
    }

    @Test func entityPagesListArticlesThatMentionThemBelowTheOnesAboutThem() async throws {
        try await withApp(demo: true) { app, backend in
            let html = try await get(app, "/people/han-so-hee").text
            let about = try #require(html.range(of: "id=\"stories\""), "\(backend)")
            let mentioned = try #require(html.range(of: "id=\"mentioned-in\""), "\(backend)")
            #expect(about.lowerBound < mentioned.lowerBound)
            let list = html[mentioned.upperBound...]
            // A profile of her co-star names her without being about her.
            #expect(list.contains("/articles/song-kang-career-profile"))
            #expect(!list.contains("/articles/han-so-hee-and-song-kang-nevertheless"), "an article about her is listed once, above")
        }
    }

    @Test func aChangedKnowledgeBaseRebuildsTheMentionIndex() async throws {
        try await withApp(demo: true) { app, backend in
            let cache = MentionIndexCache(recheckInterval: 0)
            let before = try await cache.index(on: app.db)
            _ = try await KnowledgeWriter(database: app.db).add(
                Person(
                    id: "", slug: "byeon-woo-seok", name: "Byeon Woo-seok",
                    nativeName: "변우석"))
            let unchanged = try await cache.index(on: app.db)
            #expect(unchanged.keyCount == before.keyCount, "no rebuild until the knowledge base says it changed (\(backend))")
            try await Settings(database: app.db).markKnowledgeChanged()
            let rebuilt = try await cache.index(on: app.db)
            #expect(rebuilt.analyze("변우석은 웃었다.").mentions.map(\.target.slug) == ["byeon-woo-seok"])
            #expect(cache.builds == 2)
        }
    }

    @Test func requestsThatNeedTheIndexWhileItIsBuiltWaitForOneBuild() async throws {
        try await withApp(demo: true) { app, backend in
            let cache = MentionIndexCache()
            let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await cache.index(on: app.db).keyCount } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(cache.builds == 1, "eight requests at once, one build (\(backend))")
            #expect(Set(sizes).count == 1 && sizes.count == 8)
        }
    }

    @Test func hangulAliasesAreMarkedKorean() async throws {
        try await withApp(demo: true) { app, _ in
            let html = try await get(app, "/people/jisoo").text
            #expect(html.contains("<span lang=\"ko\">김지수</span>"))
        }
    }

    @Test func couplePageShowsTimelineWithSources() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/couples/han-so-hee-and-song-kang")
            #expect(response.status == .ok, "\(backend)")
            let html = response.text
            #expect(html.contains("badge--on-screen"))
            #expect(html.contains("badge--rumoured"))
            #expect(html.contains("Source: <a href=\"/articles/"))
            #expect(html.contains("Together on screen"))
        }
    }

    @Test func organizationPagesShowMembersAndTitles() async throws {
        try await withApp(demo: true) { app, _ in
            let group = try await get(app, "/organizations/blackpink")
            #expect(group.status == .ok)
            for member in ["/people/jisoo", "/people/jennie", "/people/rose", "/people/lisa"] {
                #expect(group.text.contains(member), "BLACKPINK lists \(member)")
            }
            let network = try await get(app, "/organizations/jtbc")
            #expect(network.status == .ok)
            #expect(network.text.contains("/dramas/nevertheless"))
        }
    }

    @Test func tagPageListsItsArticles() async throws {
        try await withApp(demo: true) { app, _ in
            let response = try await get(app, "/tags/nevertheless")
            #expect(response.status == .ok)
            #expect(response.text.contains("/articles/han-so-hee-and-song-kang-nevertheless"))
        }
    }

    @Test func mediaFilesAreServedWithLongCaching() async throws {
        try await withApp(demo: true) { app, _ in
            let page = try await get(app, "/articles/han-so-hee-and-song-kang-nevertheless")
            let path = try #require(page.text.firstMatch(of: /src="(\/media\/[^"]+)"/)?.1)
            let media = try await get(app, String(path))
            #expect(media.status == .ok)
            #expect(media.headers.first(name: .cacheControl)?.contains("immutable") == true)
            #expect(media.text.hasPrefix("<svg"))
            let traversal = try await get(app, "/media/..%2Fetc%2Fpasswd")
            #expect((400..<500).contains(traversal.status.code), "no file outside the media folder")
            #expect(try await get(app, "/media/missing.png").status == .notFound)
        }
    }

    @Test func healthzAnswersWhenTheDatabaseDoes() async throws {
        try await withApp { app, _ in
            let response = try await get(app, "/healthz")
            #expect(response.status == .ok)
            #expect(response.text == "ok\n")
        }
    }
}

@Suite("Where the first picks sit in a story")
struct InlinePicksTests {
    @Test func theBodyIsCutBeforeItsThirdSection() {
        let body = "<p>한소희 <b>and</b> <h3>x</h3></p><h2 id=\"a\">A</h2><p>1</p><h2>B</h2><p>2</p><h2>C</h2><p>3</p><h2>D</h2>"
        let (lead, rest) = ArticlePage.splitAfterSecondSection(body)
        #expect(lead == "<p>한소희 <b>and</b> <h3>x</h3></p><h2 id=\"a\">A</h2><p>1</p><h2>B</h2><p>2</p>")
        #expect(rest == "<h2>C</h2><p>3</p><h2>D</h2>")
        let short = "<h2>A</h2><p>1</p><h2>B</h2><p>2</p>"
        #expect(ArticlePage.splitAfterSecondSection(short) == (short, ""), "two sections: the picks go at the end")
        #expect(ArticlePage.splitAfterSecondSection("") == ("", ""))
    }
}
