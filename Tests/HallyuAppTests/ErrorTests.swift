import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("Bad input gets a clear 4xx")
struct ErrorTests {
    @Test(arguments: [
        "/articles/nope", "/dramas/nope", "/films/nope", "/people/nope", "/organizations/nope",
        "/couples/nope", "/tags/nope", "/people/NOT%20A%20SLUG", "/no/such/page",
    ])
    func unknownPagesGetTheSiteNotFoundPage(path: String) async throws {
        try await withApp { app, backend in
            let response = try await get(app, path)
            #expect(response.status == .notFound, "\(path) on \(backend)")
            #expect(response.headers.contentType?.subType == "html")
            #expect(response.text.contains("find that page"))
        }
    }

    @Test(arguments: ["page=0", "page=-1", "page=abc", "per=0", "per=1.5", "page=99999999999999999999"])
    func badPaginationIsA400(query: String) async throws {
        try await withApp { app, _ in
            #expect(try await get(app, "/?\(query)").status == .badRequest, "\(query)")
            let api = try await get(app, "/api/v1/articles?\(query)")
            #expect(api.status == .badRequest)
            #expect(try json(APIError.Body.self, api).error.code == "bad_request")
        }
    }

    @Test func perAbove100NamesTheLimit() async throws {
        try await withApp { app, _ in
            let response = try await get(app, "/api/v1/articles?per=101")
            #expect(response.status == .badRequest)
            #expect(try json(APIError.Body.self, response).error.message.contains("100"))
        }
    }

    @Test func unknownAPIRoutesAnswerJSON() async throws {
        try await withApp { app, _ in
            for path in ["/api/v1/people/nope", "/api/v1/nothing-here", "/api/v1/articles/nope"] {
                let response = try await get(app, path)
                #expect(response.status == .notFound, "\(path)")
                #expect(try json(APIError.Body.self, response).error.code == "not_found")
            }
        }
    }

    @Test func scriptInTitleAndBodyIsShownAsText() async throws {
        try await withApp(demo: true) { app, _ in
            let db = app.db
            let writer = HallyuStore.ArticleWriter(database: db)
            _ = try await writer.add(
                HallyuCore.Article(
                    id: "", slug: "script-test", title: "<script>alert(1)</script> headline", dek: "<b>dek</b>",
                    body: "## <script>x</script>\n\nText <script>alert(2)</script> and <img src=x onerror=alert(3)>\n",
                    status: .published, publishedAt: Date(), updatedAt: Date()))
            let html = try await get(app, "/articles/script-test").text
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; headline"))
        }
    }
}
