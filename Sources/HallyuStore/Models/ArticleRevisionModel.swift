import Fluent
import Foundation

/// An article as it stood after one save. Tags are kept by name and subjects as `kind:id`, one
/// per line, so a revision restores what it held even after slugs change.
public final class ArticleRevisionModel: Model, @unchecked Sendable {
    public static let schema = "article_revisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "article_id") public var article: ArticleModel
    @Field(key: "number") public var number: Int
    @Field(key: "slug") public var slug: String
    @Field(key: "title") public var title: String
    @Field(key: "dek") public var dek: String
    @Field(key: "body") public var body: String
    @OptionalField(key: "hero_media_id") public var heroMediaID: UUID?
    @Field(key: "tags") public var tags: String
    @Field(key: "subjects") public var subjects: String
    @OptionalParent(key: "user_id") public var user: UserModel?
    @Field(key: "note") public var note: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
