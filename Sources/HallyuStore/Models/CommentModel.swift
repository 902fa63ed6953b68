import Fluent
import Foundation
import HallyuCore

/// A reader's comment row. The client address is only ever stored as its salted hash.
final class CommentModel: Model, @unchecked Sendable {
    static let schema = "comments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @OptionalParent(key: "parent_id") var parent: CommentModel?
    @Field(key: "name") var name: String
    @OptionalField(key: "email") var email: String?
    @Field(key: "body") var body: String
    @Field(key: "status") var status: String
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "commenter_key") var commenterKey: String
    @Field(key: "address_hash") var addressHash: String
    // Set by the repository rather than by Fluent, so the limits and the stored times agree.
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toCore() -> Comment {
        Comment(
            id: id?.uuidString ?? "", articleID: $article.id.uuidString, parentID: $parent.id?.uuidString, name: name,
            email: email, body: body, status: CommentStatus(rawValue: status) ?? .held, reason: reason,
            commenterKey: commenterKey, createdAt: createdAt)
    }
}
