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
