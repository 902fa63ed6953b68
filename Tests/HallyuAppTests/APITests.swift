import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Read API")
struct APITests {
    @Test func articlesListUsesTheEnvelopeAndPaginates() async throws {
        try await withApp(demo: true) { app, backend in
            let response = try await get(app, "/api/v1/articles?per=5&page=2")
            #expect(response.status == .ok, "\(backend)")
            let list = try json(ListDTO<ArticleSummaryDTO>.self, response)
            #expect(list.page == 2 && list.per == 5)
            #expect(list.total >= 12)
            #expect(list.items.count == 5)
            #expect(list.items.allSatisfy { $0.url.hasPrefix("http://news.test/articles/") })
            #expect(list.items.allSatisfy { $0.publishedAt?.hasSuffix("+09:00") == true }, "times carry the Seoul offset")
        }
    }

    @Test func articleCarriesMarkdownAndHTML() async throws {
        try await withApp(demo: true) { app, _ in
            let response = try await get(app, "/api/v1/articles/han-so-hee-and-song-kang-nevertheless")
            #expect(response.status == .ok)
            let article = try json(ArticleDTO.self, response)
            #expect(article.markdown.contains("## "))
            #expect(article.html.contains("<h2"))
            #expect(article.subjects.contains { $0.kind == .couple && $0.slug == "han-so-hee-and-song-kang" })
            #expect(article.hero?.credit.isEmpty == false)
        }
    }

    @Test func dramaHasCastWithCharacters() async throws {
        try await withApp(demo: true) { app, _ in
            let title = try json(TitleDTO.self, try await get(app, "/api/v1/dramas/nevertheless"))
            #expect(title.nativeName == "알고있지만")
            #expect(title.episodes == 10)
            #expect(title.firstAired == "2021-06-19")
            #expect(title.networks.map(\.slug) == ["jtbc"])
            let nabi = try #require(title.cast.first { $0.person.slug == "han-so-hee" })
            #expect(nabi.character?.name == "Yoo Na-bi")
            #expect(nabi.character?.url == "http://news.test/dramas/nevertheless#character-yoo-na-bi")
            #expect(title.cast.count >= 6)
        }
    }

    @Test func personOrganizationAndCoupleRecords() async throws {
        try await withApp(demo: true) { app, _ in
            let person = try json(PersonDTO.self, try await get(app, "/api/v1/people/song-kang"))
            #expect(person.nativeName == "송강")
            #expect(person.credits.contains { $0.title.slug == "nevertheless" })
            let group = try json(OrganizationDTO.self, try await get(app, "/api/v1/organizations/blackpink"))
            #expect(group.members.count == 4)
            let couple = try json(CoupleDTO.self, try await get(app, "/api/v1/couples/han-so-hee-and-song-kang"))
            #expect(couple.timeline.map(\.status).prefix(2) == ["on-screen", "rumoured"])
            #expect(couple.timeline.allSatisfy { $0.source != nil })
            #expect(couple.titles.map(\.title.slug).contains("nevertheless"))
        }
    }

    @Test func openAPIDescribesEveryAPIRoute() async throws {
        try await withApp { app, _ in
            let registered = Set(
                app.routes.all.compactMap { route -> String? in
                    let parts = route.path.map { component -> String in
                        switch component {
                        case .constant(let text): text
                        case .parameter(let name): "{\(name)}"
                        case .anything: "*"
                        case .catchall: "**"
                        }
                    }
                    guard parts.starts(with: ["api", "v1"]), !parts.contains("**") else { return nil }
                    return "\(route.method.rawValue.lowercased()) /" + parts.dropFirst(2).joined(separator: "/")
                })
            let response = try await get(app, "/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in
                    operations.keys.map { "\($0) \(path.replacingOccurrences(of: "/api/v1", with: ""))" }
                })
            #expect(registered == documented)
            #expect(document["openapi"] as? String == "3.1.0")
        }
    }
}
