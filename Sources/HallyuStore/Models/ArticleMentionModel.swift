import Fluent
import Foundation
import HallyuCore

/// An entity named in an article's text, and how often; recorded when the article is saved so
/// entity pages can list the articles that mention them without reading any article.
final class ArticleMentionModel: Model, @unchecked Sendable {
    static let schema = "article_mentions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "count") var count: Int

    init() {}

    init(articleID: UUID, kind: EntityKind, entityID: UUID, count: Int) {
        $article.id = articleID
        entityKind = kind.rawValue
        self.entityID = entityID
        self.count = count
    }
}
