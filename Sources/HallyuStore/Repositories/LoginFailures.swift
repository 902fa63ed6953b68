import Fluent
import Foundation

/// Failed sign-ins, for throttling: per account (the e-mail address as typed, folded) and per
/// client address (hashed by the caller).
public struct LoginFailures: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func record(account: String, addressHash: String, at: Date) async throws {
        try await LoginFailureModel(account: Accounts.fold(email: account), addressHash: addressHash, at: at).create(on: database)
    }

    /// The failures since `since`, for the account and for the address.
    public func recent(account: String, addressHash: String, since: Date) async throws -> (account: [Date], address: [Date]) {
        let byAccount = try await LoginFailureModel.query(on: database).filter(\.$account == Accounts.fold(email: account))
            .filter(\.$at > since).all(\.$at)
        let byAddress = try await LoginFailureModel.query(on: database).filter(\.$addressHash == addressHash)
            .filter(\.$at > since).all(\.$at)
        return (byAccount, byAddress)
    }

    /// After a good sign-in the account's count starts again; the address's does not, or one
    /// account of one's own would reset the guessing of others'.
    public func clear(account: String) async throws {
        try await LoginFailureModel.query(on: database).filter(\.$account == Accounts.fold(email: account)).delete()
    }

    /// Forgets failures older than any window looks back.
    public func deleteOlder(than date: Date) async throws {
        try await LoginFailureModel.query(on: database).filter(\.$at <= date).delete()
    }
}
