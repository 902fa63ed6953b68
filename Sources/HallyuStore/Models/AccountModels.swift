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
    @OptionalField(key: "last_seen_at") var lastSeenAt: Date?
    @OptionalField(key: "device") var device: String?
    /// A right password whose one-time code has not come yet: it signs no one in.
    @OptionalField(key: "awaiting_code") var awaitingCode: Bool?

    init() {}

    init(tokenHash: String, userID: UUID, createdAt: Date, expiresAt: Date, device: String, awaitingCode: Bool) {
        self.tokenHash = tokenHash
        $user.id = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.lastSeenAt = createdAt
        self.device = device
        self.awaitingCode = awaitingCode
    }
}

/// A one-time password reset link an admin made; only its token's hash is kept.
final class PasswordResetModel: Model, @unchecked Sendable {
    static let schema = "password_resets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    /// Who made it, by name ("the command line" for `hallyu user reset-link`).
    @Field(key: "made_by") var madeBy: String

    init() {}
}

/// One of an account's two-factor recovery codes, as a hash.
final class RecoveryCodeModel: Model, @unchecked Sendable {
    static let schema = "recovery_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "code_hash") var codeHash: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
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

/// A session or API token that ended because its account was disabled, kept by its hash alone
/// until it would have run out anyway: a request still carrying it is refused by name and logged,
/// where a token nobody knows could only be refused as a stranger's.
final class EndedCredentialModel: Model, @unchecked Sendable {
    static let schema = "ended_credentials"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    /// `EndedCredentials.Kind`.
    @Field(key: "kind") var kind: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "ended_at") var endedAt: Date
    @Field(key: "kept_until") var keptUntil: Date
    /// When a request carrying it was last written to the audit log.
    @OptionalField(key: "last_logged_at") var lastLoggedAt: Date?

    init() {}

    init(tokenHash: String, kind: String, userID: UUID, endedAt: Date, keptUntil: Date) {
        self.tokenHash = tokenHash
        self.kind = kind
        $user.id = userID
        self.endedAt = endedAt
        self.keptUntil = keptUntil
    }
}
