import Fluent
import Foundation
import HallyuCore

/// A reader's comment row. The client address is only ever stored as its salted hash.
public final class CommentModel: Model, @unchecked Sendable {
    public static let schema = "comments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "article_id") public var article: ArticleModel
    @OptionalParent(key: "parent_id") public var parent: CommentModel?
    @Field(key: "name") public var name: String
    @OptionalField(key: "email") public var email: String?
    @Field(key: "body") public var body: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "reason") public var reason: String?
    @Field(key: "commenter_key") public var commenterKey: String
    @Field(key: "address_hash") public var addressHash: String
    // Set by the repository rather than by Fluent, so the limits and the stored times agree.
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    func toCore() -> Comment {
        Comment(id: id?.uuidString ?? "", articleID: $article.id.uuidString, parentID: $parent.id?.uuidString, name: name,
                email: email, body: body, status: CommentStatus(rawValue: status) ?? .held, reason: reason,
                commenterKey: commenterKey, createdAt: createdAt)
    }
}
