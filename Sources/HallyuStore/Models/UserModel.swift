import Fluent
import Foundation
import HallyuCore

/// A newsroom account row.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Field(key: "email") public var email: String
    @Field(key: "role") public var role: String
    @Field(key: "bio") public var bio: String
    /// Empty until the account can log in.
    @OptionalField(key: "password_hash") public var passwordHash: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(slug: String, name: String, email: String, role: UserRole, bio: String = "") {
        self.slug = slug
        self.name = name
        self.email = email
        self.role = role.rawValue
        self.bio = bio
    }

    public func toCore() throws -> User {
        User(id: try requireID().uuidString, slug: slug, name: name, email: email,
             role: UserRole(rawValue: role) ?? .writer, bio: bio)
    }

    var author: Author { Author(slug: slug, name: name, bio: bio) }
}
