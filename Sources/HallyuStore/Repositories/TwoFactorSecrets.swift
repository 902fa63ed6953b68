import Fluent
import Foundation
import HallyuCore

/// Accounts' two-factor secrets and recovery codes. The caller makes the secret and checks
/// codes against it; this keeps which time step was used last, so no code is taken twice, and
/// the recovery codes as hashes, each good once.
public struct TwoFactorSecrets: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public struct State: Sendable, Equatable {
        /// The secret in base 32: set while it is being turned on, and once it is on.
        public let secret: String?
        public let isOn: Bool
        public let lastStep: Int64?
        public let recoveryCodesLeft: Int
    }

    public func state(userID: String) async throws -> State {
        let row = try await user(userID, on: database)
        let left = try await RecoveryCodeModel.query(on: database).filter(\.$user.$id == row.requireID()).filter(\.$usedAt == nil).count()
        return State(secret: row.totpSecret, isOn: row.totpEnabledAt != nil, lastStep: row.totpLastStep, recoveryCodesLeft: left)
    }

    /// Whether the account signs in with a code: one row, for the checks made on every request.
    public func isOn(userID: String) async throws -> Bool {
        try await user(userID, on: database).totpEnabledAt != nil
    }

    /// Keeps a new secret that waits for its first code; refused while two-factor sign-in is on.
    public func begin(userID: String, secret: String) async throws {
        let row = try await user(userID, on: database)
        guard row.totpEnabledAt == nil else { throw StoreError.conflict("two-factor sign-in is already on") }
        row.totpSecret = secret
        row.totpLastStep = nil
        try await row.update(on: database)
    }

    /// Turns it on once the first code matched (its step is used up), with new recovery codes.
    public func turnOn(userID: String, secret: String, step: Int64, recoveryCodeHashes: [String], now: Date) async throws {
        try await database.writeTransaction { database in
            let row = try await user(userID, on: database)
            guard row.totpEnabledAt == nil, row.totpSecret == secret else {
                throw StoreError.conflict("the secret changed meanwhile; start again")
            }
            row.totpEnabledAt = now
            row.totpLastStep = step
            try await row.update(on: database)
            try await Self.replaceCodes(of: row.requireID(), with: recoveryCodeHashes, on: database)
        }
    }

    /// Takes the code of `step` for the account: false when a code of that step or a later one
    /// was taken already (a replay, or two sign-ins racing with one code).
    public func take(userID: String, step: Int64) async throws -> Bool {
        try await database.writeTransaction { database in
            let uuid = try await user(userID, on: database).requireID()
            try await database.lockRow(of: UserModel.schema, id: uuid)
            let row = try await user(userID, on: database)
            guard row.totpEnabledAt != nil, (row.totpLastStep ?? .min) < step else { return false }
            row.totpLastStep = step
            try await row.update(on: database)
            return true
        }
    }

    /// Uses up one of the account's recovery codes; false when no unused code has this hash.
    public func useRecoveryCode(userID: String, hash: String, now: Date) async throws -> Bool {
        try await database.writeTransaction { database in
            let uuid = try await user(userID, on: database).requireID()
            try await database.lockRow(of: UserModel.schema, id: uuid)
            guard
                let code = try await RecoveryCodeModel.query(on: database).filter(\.$user.$id == uuid).filter(\.$codeHash == hash)
                    .filter(\.$usedAt == nil).first()
            else { return false }
            code.usedAt = now
            try await code.update(on: database)
            return true
        }
    }

    /// Replaces every recovery code of an account with new ones.
    public func replaceRecoveryCodes(userID: String, hashes: [String]) async throws {
        try await database.writeTransaction { database in
            let row = try await user(userID, on: database)
            guard row.totpEnabledAt != nil else { throw StoreError.conflict("two-factor sign-in is off") }
            try await Self.replaceCodes(of: row.requireID(), with: hashes, on: database)
        }
    }

    /// Turns two-factor sign-in off and forgets the secret and the codes.
    public func turnOff(userID: String) async throws {
        try await database.writeTransaction { database in
            let row = try await user(userID, on: database)
            row.totpSecret = nil
            row.totpEnabledAt = nil
            row.totpLastStep = nil
            try await row.update(on: database)
            try await RecoveryCodeModel.query(on: database).filter(\.$user.$id == row.requireID()).delete()
        }
    }

    private static func replaceCodes(of uuid: UUID, with hashes: [String], on database: any Database) async throws {
        try await RecoveryCodeModel.query(on: database).filter(\.$user.$id == uuid).delete()
        for hash in hashes {
            let code = RecoveryCodeModel()
            code.$user.id = uuid
            code.codeHash = hash
            try await code.create(on: database)
        }
    }

    private func user(_ id: String, on database: any Database) async throws -> UserModel {
        guard let uuid = UUID(uuidString: id), let row = try await UserModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no such account")
        }
        return row
    }
}
