import Fluent
import Foundation
import HallyuCore

/// The sessions and API tokens a disabled account had, remembered by hash so that a request
/// still carrying one is answered "this account is disabled" and written to the audit log,
/// not refused as a stranger's.
public struct EndedCredentials: Sendable {
    public enum Kind: String, Sendable {
        case session
        case apiToken = "api token"
    }

    /// What a request carrying an ended credential is told, and whether to log it now.
    public struct Refusal: Sendable {
        public let owner: User
        /// False when a request with the same credential was logged within `loggingInterval`.
        public let log: Bool
    }

    /// How long an ended API token is recognised; tokens have no lifetime of their own.
    public static let tokenMemory: TimeInterval = 90 * 86_400
    /// Each ended credential is logged at most this often, so a script that keeps sending one
    /// does not fill the audit log.
    public static let loggingInterval: TimeInterval = 600

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The refusal for a credential ended by its account being disabled, or nil when this hash
    /// names none (a stranger's, or one that ended another way).
    public func refusal(tokenHash: String, kind: Kind, now: Date) async throws -> Refusal? {
        guard
            let row = try await EndedCredentialModel.query(on: database).filter(\.$tokenHash == tokenHash)
                .filter(\.$kind == kind.rawValue).filter(\.$keptUntil > now).with(\.$user).first()
        else { return nil }
        let log = row.lastLoggedAt.map { now.timeIntervalSince($0) >= Self.loggingInterval } ?? true
        if log {
            row.lastLoggedAt = now
            try await row.update(on: database)
        }
        return Refusal(owner: try row.user.toCore(), log: log)
    }

    /// Remembers the sessions and tokens of an account being disabled, before they are deleted
    /// in the same transaction.
    static func remember(
        sessions: [SessionModel], tokens: [APITokenModel], of userID: UUID, now: Date, on database: any Database
    )
        async throws
    {
        let ended =
            sessions.map { session in
                let idleEnd = (session.lastSeenAt ?? session.createdAt).addingTimeInterval(SessionLifetime.idle)
                return EndedCredentialModel(
                    tokenHash: session.tokenHash, kind: Kind.session.rawValue, userID: userID, endedAt: now,
                    keptUntil: min(session.expiresAt, idleEnd))
            }
            + tokens.map { token in
                EndedCredentialModel(
                    tokenHash: token.tokenHash, kind: Kind.apiToken.rawValue, userID: userID, endedAt: now,
                    keptUntil: now.addingTimeInterval(tokenMemory))
            }
        try await ended.create(on: database)
    }

    /// Forgets those that would have run out by now.
    static func forgetExpired(now: Date, on database: any Database) async throws {
        try await EndedCredentialModel.query(on: database).filter(\.$keptUntil <= now).delete()
    }
}
