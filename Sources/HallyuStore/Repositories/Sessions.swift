import Fluent
import Foundation
import HallyuCore

/// Signed-in browsers, kept in the database so that every instance of the app knows them.
/// Callers hand over hashes of the cookie tokens, never the tokens. A session lasts
/// `SessionLifetime.absolute` from sign-in and `SessionLifetime.idle` from its last request,
/// whichever ends first, and never outlives its account being disabled.
public struct Sessions: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// A new session; one `awaitingCode` only lets its browser type the one-time code, for
    /// `SessionLifetime.awaitingCode`.
    public func create(userID: String, tokenHash: String, device: String, now: Date, awaitingCode: Bool = false) async throws {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        let lifetime = awaitingCode ? SessionLifetime.awaitingCode : SessionLifetime.absolute
        try await SessionModel(
            tokenHash: tokenHash, userID: uuid, createdAt: now, expiresAt: now.addingTimeInterval(lifetime),
            device: String(device.prefix(100)), awaitingCode: awaitingCode
        ).create(on: database)
    }

    /// The account signed in with this token, while the session lasts; notes that it was seen.
    public func user(tokenHash: String, now: Date) async throws -> User? {
        guard let row = try await live(tokenHash: tokenHash, now: now), row.awaitingCode != true else { return nil }
        if row.lastSeenAt.map({ now.timeIntervalSince($0) >= SessionLifetime.seenResolution }) ?? true {
            row.lastSeenAt = now
            try await row.update(on: database)
        }
        return try row.user.toCore()
    }

    /// The account whose password was right in the browser with this token, while its
    /// one-time code may still be typed.
    public func userAwaitingCode(tokenHash: String, now: Date) async throws -> User? {
        guard let row = try await live(tokenHash: tokenHash, now: now), row.awaitingCode == true else { return nil }
        return try row.user.toCore()
    }

    private func live(tokenHash: String, now: Date) async throws -> SessionModel? {
        guard
            let row = try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash)
                .filter(\.$expiresAt > now).filter(\.$lastSeenAt > now.addingTimeInterval(-SessionLifetime.idle))
                .with(\.$user).first(),
            row.user.disabledAt == nil
        else { return nil }
        return row
    }

    public func delete(tokenHash: String) async throws {
        try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash).delete()
    }

    /// Ends every sign-in of an account, in every browser.
    public func endAll(userID: String) async throws {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        try await SessionModel.query(on: database).filter(\.$user.$id == uuid).delete()
    }

    /// Ends every sign-in of an account but the one with `tokenHash`; how many ended.
    public func endOthers(userID: String, keeping tokenHash: String) async throws -> Int {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("no such account") }
        let others = SessionModel.query(on: database).filter(\.$user.$id == uuid).filter(\.$tokenHash != tokenHash)
        let count = try await others.count()
        try await others.delete()
        return count
    }

    /// Ends one of an account's sessions; false when it has no such session.
    public func end(id: String, userID: String) async throws -> Bool {
        guard let uuid = UUID(uuidString: id), let owner = UUID(uuidString: userID),
            let row = try await SessionModel.query(on: database).filter(\.$id == uuid).filter(\.$user.$id == owner).first()
        else { return false }
        try await row.delete(on: database)
        return true
    }

    /// An account's signed-in browsers, the most recently seen first.
    public func list(userID: String, currentTokenHash: String?, now: Date) async throws -> [StaffSession] {
        guard let uuid = UUID(uuidString: userID) else { return [] }
        return try await SessionModel.query(on: database).filter(\.$user.$id == uuid).filter(\.$expiresAt > now)
            .filter(\.$lastSeenAt > now.addingTimeInterval(-SessionLifetime.idle)).all()
            .filter { $0.awaitingCode != true }
            .map { row in
                StaffSession(
                    id: try row.requireID().coreID, device: row.device ?? "An unknown browser", createdAt: row.createdAt,
                    lastSeenAt: row.lastSeenAt ?? row.createdAt, isCurrent: row.tokenHash == currentTokenHash)
            }
            .sorted { $0.lastSeenAt > $1.lastSeenAt }
    }

    /// Forgets sessions that have run out, by either lifetime, and the ended ones remembered
    /// until then.
    public func deleteExpired(now: Date) async throws {
        try await SessionModel.query(on: database).group(.or) { group in
            group.filter(\.$expiresAt <= now).filter(\.$lastSeenAt <= now.addingTimeInterval(-SessionLifetime.idle))
        }.delete()
        try await EndedCredentials.forgetExpired(now: now, on: database)
    }
}
