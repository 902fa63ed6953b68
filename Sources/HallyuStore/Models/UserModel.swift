import Fluent
import Foundation
import HallyuCore

/// A newsroom account row.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "role") var role: String
    @Field(key: "bio") var bio: String
    /// Empty until the account can log in.
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Set while an admin has disabled the account: it cannot sign in or use a token.
    @OptionalField(key: "disabled_at") var disabledAt: Date?
    /// The two-factor secret in base 32: waiting for its first code while `totpEnabledAt` is nil.
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @OptionalField(key: "totp_enabled_at") var totpEnabledAt: Date?
    /// The time step of the last one-time code taken: no code of it or before is taken again.
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?

    init() {}

    init(slug: String, name: String, email: String, role: UserRole, bio: String = "") {
        self.slug = slug
        self.name = name
        self.email = email
        self.role = role.rawValue
        self.bio = bio
    }

    func toCore() throws -> User {
        User(
            id: try requireID().uuidString, slug: slug, name: name, email: email,
            role: UserRole(rawValue: role) ?? .writer, bio: bio)
    }

    var author: Author { Author(slug: slug, name: name, bio: bio) }
}
