import Fluent
import Foundation
import HallyuCore

extension Accounts {
    /// What disabling ended.
    public struct Disabled: Sendable {
        public let user: User
        public let sessions: Int
        public let tokens: Int
    }

    /// Disables an account: its sessions, API tokens and unused reset links end at once (the
    /// sessions and tokens remembered as `EndedCredentials`), and it cannot sign in until enabled
    /// again. Refuses to leave the newsroom without an admin who
    /// can sign in.
    public func disable(userID: String, now: Date) async throws -> Disabled {
        guard let uuid = UUID(uuidString: userID) else { throw StoreError.notFound("there is no such account") }
        return try await database.writeTransaction { database in
            guard let row = try await UserModel.find(uuid, on: database) else { throw StoreError.notFound("there is no such account") }
            if row.role == UserRole.admin.rawValue {
                let others = try await UserModel.query(on: database).filter(\.$role == UserRole.admin.rawValue)
                    .filter(\.$disabledAt == nil).filter(\.$id != uuid).all().filter { !($0.passwordHash ?? "").isEmpty }
                if others.isEmpty { throw StoreError.conflict("\(row.name) is the only admin who can sign in; make another admin first") }
            }
            if row.disabledAt == nil {
                row.disabledAt = now
                try await row.update(on: database)
            }
            let sessions = try await SessionModel.query(on: database).filter(\.$user.$id == uuid).all()
            let tokens = try await APITokenModel.query(on: database).filter(\.$user.$id == uuid).all()
            try await EndedCredentials.remember(sessions: sessions, tokens: tokens, of: uuid, now: now, on: database)
            try await SessionModel.query(on: database).filter(\.$user.$id == uuid).delete()
            try await APITokenModel.query(on: database).filter(\.$user.$id == uuid).delete()
            try await PasswordResetModel.query(on: database).filter(\.$user.$id == uuid).filter(\.$usedAt == nil).delete()
            return Disabled(user: try row.toCore(), sessions: sessions.count, tokens: tokens.count)
        }
    }

    /// Lets a disabled account sign in again (with a password an admin gives it or a reset link).
    public func enable(userID: String) async throws -> User {
        guard let uuid = UUID(uuidString: userID), let row = try await UserModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no such account")
        }
        row.disabledAt = nil
        try await row.update(on: database)
        return try row.toCore()
    }
}
