import Fluent
import Foundation

/// A signed-in browser. Only the hash of its cookie's token is kept, so a copy of the database
/// signs no one in.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        $user.id = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// A personal API token; only its hash is kept.
final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?

    init() {}

    init(userID: UUID, name: String, tokenHash: String, createdAt: Date) {
        $user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
    }
}

/// Who did what to which item, and when. The name is kept beside the id so the entry still
/// reads after the account is gone.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "user_name") var userName: String
    @Field(key: "action") var action: String
    @Field(key: "item_kind") var itemKind: String
    @Field(key: "item_id") var itemID: String
    @Field(key: "summary") var summary: String

    init() {}
}
