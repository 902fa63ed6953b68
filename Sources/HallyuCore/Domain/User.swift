/// What a newsroom account may do.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case admin, editor, writer
}

/// A newsroom account; for now the bylines.
public struct User: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var name: String
    public var email: String
    public var role: UserRole
    public var bio: String

    public init(id: String, slug: String, name: String, email: String, role: UserRole, bio: String = "") {
        self.id = id
        self.slug = slug
        self.name = name
        self.email = email
        self.role = role
        self.bio = bio
    }
}
