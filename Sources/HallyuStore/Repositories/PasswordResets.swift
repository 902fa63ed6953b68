import Fluent
import Foundation
import HallyuCore

/// One-time password reset links an admin makes for an account: each lasts an hour and works
/// once; a new one replaces the account's unused ones. Only hashes of their tokens are kept.
public struct PasswordResets: Sendable {
    let database: any Database
    public static let lifetime: TimeInterval = 3600

    public init(database: any Database) {
        self.database = database
    }

    public enum Standing: Sendable, Equatable {
        case valid(User)
        case used
        case expired
        case unknown
    }

    public func create(userID: String, tokenHash: String, madeBy: String, now: Date) async throws {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("there is no such account") }
        try await database.writeTransaction { database in
            guard let user = try await UserModel.find(uuid, on: database) else { throw StoreError.notFound("there is no such account") }
            guard user.disabledAt == nil else { throw StoreError.conflict("\(user.name)'s account is disabled; enable it first") }
            try await PasswordResetModel.query(on: database).filter(\.$user.$id == uuid).filter(\.$usedAt == nil).delete()
            let row = PasswordResetModel()
            row.$user.id = uuid
            row.tokenHash = tokenHash
            row.createdAt = now
            row.expiresAt = now.addingTimeInterval(Self.lifetime)
            row.madeBy = madeBy
            try await row.create(on: database)
        }
    }

    public func standing(tokenHash: String, now: Date) async throws -> Standing {
        try await Self.standing(of: row(tokenHash, on: database), now: now)
    }

    /// A link's standing and the account it was made for (used or not), from one read: what a
    /// refusal reports.
    public func standingAndOwner(tokenHash: String, now: Date) async throws -> (standing: Standing, owner: User?) {
        let found = try await row(tokenHash, on: database)
        return (try Self.standing(of: found, now: now), try found?.user.toCore())
    }

    /// Sets the new password and uses the link up, ending every session of the account, all at
    /// once; the link's standing when it could not be used.
    public func use(tokenHash: String, passwordHash: String, now: Date) async throws -> Standing {
        try await database.writeTransaction { database in
            guard let found = try await row(tokenHash, on: database) else { return .unknown }
            try await database.lockRow(of: PasswordResetModel.schema, id: found.requireID())
            // Read again under the lock: another request may have used it meanwhile.
            guard let reset = try await row(tokenHash, on: database) else { return .unknown }
            let standing = try Self.standing(of: reset, now: now)
            guard case .valid(let user) = standing else { return standing }
            reset.usedAt = now
            try await reset.update(on: database)
            try await Accounts(database: database).setPassword(userID: user.id, passwordHash: passwordHash)
            try await Sessions(database: database).endAll(userID: user.id)
            return standing
        }
    }

    private func row(_ tokenHash: String, on database: any Database) async throws -> PasswordResetModel? {
        try await PasswordResetModel.query(on: database).filter(\.$tokenHash == tokenHash).with(\.$user).first()
    }

    private static func standing(of row: PasswordResetModel?, now: Date) throws -> Standing {
        guard let row else { return .unknown }
        if row.usedAt != nil { return .used }
        if row.expiresAt <= now || row.user.disabledAt != nil { return .expired }
        return .valid(try row.user.toCore())
    }
}
