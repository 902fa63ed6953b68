import Fluent
import Foundation
import HallyuCore

/// Signed-in browsers, kept in the database so that every instance of the app knows them.
/// Callers hand over hashes of the cookie tokens, never the tokens.
public struct Sessions: Sendable {
    let database: any Database
    /// How long a sign-in lasts.
    public static let lifetime: TimeInterval = 14 * 86_400

    public init(database: any Database) {
        self.database = database
    }

    public func create(userID: String, tokenHash: String, now: Date) async throws {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        try await SessionModel(tokenHash: tokenHash, userID: uuid, createdAt: now, expiresAt: now.addingTimeInterval(Self.lifetime))
            .create(on: database)
    }

    /// The account signed in with this token, while the session lasts.
    public func user(tokenHash: String, now: Date) async throws -> User? {
        guard
            let row = try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash)
                .filter(\.$expiresAt > now).with(\.$user).first()
        else { return nil }
        return try row.user.toCore()
    }

    public func delete(tokenHash: String) async throws {
        try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash).delete()
    }

    /// Ends every sign-in of an account, in every browser.
    public func endAll(userID: String) async throws {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        try await SessionModel.query(on: database).filter(\.$user.$id == uuid).delete()
    }

    /// Forgets sessions that have run out.
    public func deleteExpired(now: Date) async throws {
        try await SessionModel.query(on: database).filter(\.$expiresAt <= now).delete()
    }
}
