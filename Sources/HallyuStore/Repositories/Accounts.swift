import Fluent
import Foundation
import HallyuCore

/// Newsroom accounts and their passwords (as hashes the caller made).
public struct Accounts: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// E-mail addresses are compared folded to lower case, as mail servers do in practice.
    public static func fold(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Adds an account that can sign in; refuses an e-mail address or slug already taken. An
    /// address that belongs to a byline without a password (an imported author) is that
    /// account, given its first password and the role chosen, its bylines kept.
    @discardableResult
    public func add(_ user: User, passwordHash: String) async throws -> User {
        let email = Self.fold(email: user.email)
        if let existing = try await UserModel.query(on: database).filter(\.$email == email).first() {
            guard existing.passwordHash?.isEmpty ?? true else {
                throw StoreError.alreadyExists("an account with the e-mail address \(email) exists")
            }
            existing.passwordHash = passwordHash
            existing.role = user.role.rawValue
            existing.name = user.name
            try await existing.update(on: database)
            return try existing.toCore()
        }
        // A byline's slug: the name's, numbered past any namesake.
        var base = user.slug.isEmpty ? Slug.make(from: user.name) : user.slug
        if base.isEmpty { base = "writer" }
        var free: String?
        for candidate in Slug.candidates(base: base, year: nil) {
            if try await UserModel.query(on: database).filter(\.$slug == candidate).first() == nil {
                free = candidate
                break
            }
        }
        guard let slug = free else { throw StoreError.conflict("no free slug for \(user.name)") }
        let row = UserModel(slug: slug, name: user.name, email: email, role: user.role, bio: user.bio)
        row.passwordHash = passwordHash
        try await row.create(on: database)
        return try row.toCore()
    }

    /// The account for an e-mail address with its password hash, if it has a password: a
    /// disabled one too, so that the right password can be told it is disabled.
    public func credentials(email: String) async throws -> (user: User, passwordHash: String, disabled: Bool)? {
        guard let row = try await UserModel.query(on: database).filter(\.$email == Self.fold(email: email)).first(),
            let hash = row.passwordHash, !hash.isEmpty
        else { return nil }
        return (try row.toCore(), hash, row.disabledAt != nil)
    }

    public func user(id: String) async throws -> User? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await UserModel.find(uuid, on: database)?.toCore()
    }
}

extension Accounts {
    /// An account as the user list shows it.
    public struct Listing: Sendable {
        public let user: User
        public let createdAt: Date?
        /// False for bylines imported with articles, which have no password.
        public let canSignIn: Bool
        public let disabled: Bool
        public let twoFactor: Bool
    }

    /// Every account, by name.
    public func all() async throws -> [Listing] {
        try await UserModel.query(on: database).sort(\.$name).sort(\.$email).all().map { row in
            Listing(
                user: try row.toCore(), createdAt: row.createdAt, canSignIn: !(row.passwordHash ?? "").isEmpty,
                disabled: row.disabledAt != nil, twoFactor: row.totpEnabledAt != nil)
        }
    }

    /// Replaces an account's password (its bcrypt hash).
    public func setPassword(userID: String, passwordHash: String) async throws {
        guard let uuid = UUID(uuidString: userID), let row = try await UserModel.find(uuid, on: database) else {
            throw StoreError.notFound("no such account")
        }
        row.passwordHash = passwordHash
        try await row.update(on: database)
    }

    /// Gives an account another role; refuses to leave the newsroom without an admin who can
    /// sign in. Returns the account as it now is.
    public func setRole(userID: String, to role: UserRole) async throws -> User {
        guard let uuid = UUID(uuidString: userID), let row = try await UserModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no such account")
        }
        if row.role == UserRole.admin.rawValue && role != .admin {
            let admins = try await UserModel.query(on: database).filter(\.$role == UserRole.admin.rawValue).filter(\.$disabledAt == nil).all()
                .filter { !($0.passwordHash ?? "").isEmpty }
            if admins.count <= 1 { throw StoreError.conflict("\(row.name) is the only admin; make another admin first") }
        }
        row.role = role.rawValue
        try await row.update(on: database)
        return try row.toCore()
    }
}
