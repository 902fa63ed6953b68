import Fluent
import Foundation
import HallyuCore

/// Personal API tokens. Only hashes are stored; the caller shows the token once.
public struct APITokens: Sendable {
    let database: any Database
    /// `last_used_at` is written at most this often per token, not on every call.
    static let usageResolution: TimeInterval = 300

    public init(database: any Database) {
        self.database = database
    }

    public func create(userID: String, name: String, tokenHash: String, now: Date) async throws -> APIToken {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        let row = APITokenModel(userID: uuid, name: name, tokenHash: tokenHash, createdAt: now)
        try await row.create(on: database)
        return try Self.core(row)
    }

    public func list(userID: String) async throws -> [APIToken] {
        guard let uuid = UUID(uuidString: userID) else { return [] }
        return try await APITokenModel.query(on: database).filter(\.$user.$id == uuid).sort(\.$createdAt, .descending).all()
            .map(Self.core)
    }

    /// Revokes one of the account's tokens; the revoked token's name, or nil when the account
    /// has no such token.
    public func revoke(id: String, userID: String) async throws -> String? {
        guard let uuid = UUID(uuidString: id), let owner = UUID(uuidString: userID),
            let row = try await APITokenModel.query(on: database).filter(\.$id == uuid).filter(\.$user.$id == owner).first()
        else { return nil }
        try await row.delete(on: database)
        return row.name
    }

    /// The account a token belongs to, noting when it was used.
    public func user(tokenHash: String, now: Date) async throws -> User? {
        guard let row = try await APITokenModel.query(on: database).filter(\.$tokenHash == tokenHash).with(\.$user).first(),
            row.user.disabledAt == nil
        else { return nil }
        if row.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.usageResolution }) ?? true {
            row.lastUsedAt = now
            try await row.update(on: database)
        }
        return try row.user.toCore()
    }

    private static func core(_ row: APITokenModel) throws -> APIToken {
        APIToken(id: try row.requireID().coreID, name: row.name, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt)
    }
}
