import HallyuCore
import Vapor

/// Every route of the site, grouped by area. `OpenAPIDocument` describes the `/api/v1` ones and a
/// test checks the two agree.
func routes(_ app: Application) throws {
    let home = HomeController()
    app.get(use: home.index)
    app.get("healthz", use: HealthController().show)
    app.get("media", ":file", use: MediaController().show)

    app.get("articles", ":slug", use: ArticleController().show)
    let titles = TitleController()
    app.get("dramas", ":slug", use: titles.show)
    app.get("films", ":slug", use: titles.show)
    app.get("people", ":slug", use: PersonController().show)
    app.get("organizations", ":slug", use: OrganizationController().show)
    app.get("couples", ":slug", use: CoupleController().show)
    app.get("tags", ":slug", use: TagController().show)
    let feeds = FeedController()
    app.get("feed.xml", use: feeds.site(.rss))
    app.get("atom.xml", use: feeds.site(.atom))
    app.get("feed.json", use: feeds.site(.json))
    for (segment, kind) in [("people", EntityKind.person), ("dramas", .title), ("films", .title), ("organizations", .organization),
                            ("couples", .couple), ("tags", .tag)] {
        app.get(PathComponent(stringLiteral: segment), ":slug", "feed.xml", use: feeds.entity(kind))
    }
    let sitemaps = SitemapController()
    app.get("sitemap.xml", use: sitemaps.index)
    app.get("sitemaps", ":part", use: sitemaps.part)
    app.get("sitemap-news.xml", use: sitemaps.news)
    app.get("robots.txt", use: sitemaps.robots)
    let search = SearchController()
    app.get("search", use: search.page)

    // The newsroom: the sign-in page for everyone, the rest for signed-in accounts only.
    let admin = app.grouped("admin").grouped(CSRF.CookieMiddleware())
    let login = LoginController()
    admin.get("login", use: login.show)
    admin.post("login", use: login.signIn)
    let newsroom = admin.grouped(SignedInPagesMiddleware())
    newsroom.post("logout", use: login.signOut)
    newsroom.get(use: AdminHomeController().index)
    let tokenPages = TokenPagesController()
    newsroom.get("tokens", use: tokenPages.index)
    newsroom.post("tokens", use: tokenPages.create)
    newsroom.post("tokens", ":id", "revoke", use: tokenPages.revoke)
    let userPages = UserPagesController()
    newsroom.get("users", use: userPages.index)
    newsroom.post("users", use: userPages.create)
    newsroom.post("users", ":id", "role", use: userPages.changeRole)
    newsroom.get("audit", use: AuditController().index)

    let api = app.grouped("api", "v1")
    let articles = ArticleAPIController()
    api.get("openapi.json", use: OpenAPIDocument.show)
    api.get("articles", use: articles.index)
    api.get("articles", ":slug", use: articles.show)
    let knowledge = KnowledgeAPIController()
    api.get("dramas", ":slug", use: knowledge.title)
    api.get("films", ":slug", use: knowledge.title)
    api.get("people", ":slug", use: knowledge.person)
    api.get("organizations", ":slug", use: knowledge.organization)
    api.get("couples", ":slug", use: knowledge.couple)
    api.get("search", use: search.api)
    api.on(.POST, "analyze", body: .collect(maxSize: ByteCount(value: AnalyzeController.maxBodySize)), use: AnalyzeController().analyze)
    let tokens = TokenAPIController()
    api.post("auth", "tokens", use: tokens.create)
    let signedInAPI = api.grouped(BearerTokenMiddleware())
    signedInAPI.get("auth", "tokens", use: tokens.index)
    signedInAPI.delete("auth", "tokens", ":id", use: tokens.delete)
    // Anything else under the API is a JSON 404, not the HTML page.
    api.get("**") { _ -> Response in throw Abort(.notFound) }
}
