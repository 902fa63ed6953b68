import HallyuCore
import HallyuStore
import Vapor

/// An article as the newsroom sees it, in any state.
struct NewsroomArticleDTO: Content {
    var id: String
    var slug: String
    var title: String
    var dek: String
    var body: String
    var status: String
    var revision: Int
    var tags: [String]
    var subjects: [EntityRef]
    var heroMediaId: String?
    var publishedAt: String?
    var scheduledAt: String?
    /// Where readers find it, once published.
    var url: String?
    var editUrl: String
}

extension NewsroomArticleDTO {
    init(_ entry: ArticleDesk.Entry, on req: Request) {
        let article = entry.article
        let formatting = req.formatting
        let base = req.application.config.publicURL.absoluteString
        self.init(
            id: article.id, slug: article.slug, title: article.title, dek: article.dek, body: article.body,
            status: article.status.rawValue, revision: entry.revision, tags: article.tags.map(\.slug),
            subjects: article.subjects, heroMediaId: article.hero?.id,
            publishedAt: article.status == .published ? article.publishedAt.map(formatting.iso) : nil,
            scheduledAt: entry.scheduledAt.map(formatting.iso),
            url: article.status == .published ? base + Paths.article(article.slug) : nil,
            editUrl: base + NewsroomPaths.article(article.id))
    }
}
