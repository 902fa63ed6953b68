import Fluent
import Foundation

/// An article as it stood after one save. Tags are kept by name and subjects as `kind:id`, one
/// per line, so a revision restores what it held even after slugs change.
final class ArticleRevisionModel: Model, @unchecked Sendable {
    static let schema = "article_revisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Field(key: "number") var number: Int
    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    @Field(key: "dek") var dek: String
    @Field(key: "body") var body: String
    @OptionalField(key: "hero_media_id") var heroMediaID: UUID?
    @Field(key: "tags") var tags: String
    @Field(key: "subjects") var subjects: String
    @OptionalParent(key: "user_id") var user: UserModel?
    @Field(key: "note") var note: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
