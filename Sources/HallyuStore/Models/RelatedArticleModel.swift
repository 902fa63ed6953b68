import Fluent
import Foundation

/// One of an article's "You might like" picks, with its score and place; kept up to date as
/// articles are published, changed and unpublished.
final class RelatedArticleModel: Model, @unchecked Sendable {
    static let schema = "related_articles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Parent(key: "related_id") var related: ArticleModel
    @Field(key: "score") var score: Double

    init() {}

    init(articleID: UUID, relatedID: UUID, score: Double) {
        $article.id = articleID
        $related.id = relatedID
        self.score = score
    }
}
