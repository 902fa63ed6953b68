import Fluent
import Foundation

/// Site settings kept in the database.
public struct Settings: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func value(_ key: String) async throws -> String? {
        try await SettingModel.find(key, on: database)?.value
    }

    /// Returns the stored value, storing `make()` first when there is none. Two instances that
    /// race here both end with the first writer's value.
    public func valueOrInsert(_ key: String, _ make: () -> String) async throws -> String {
        if let existing = try await value(key) { return existing }
        do {
            try await SettingModel(key: key, value: make()).create(on: database)
        } catch {
            // Another instance won the insert; its value is the one to use.
        }
        guard let stored = try await value(key) else { throw StoreError.failure("setting \(key) could not be stored") }
        return stored
    }

    /// Stores `value` under `key`, replacing what was there.
    public func set(_ key: String, _ value: String) async throws {
        if let row = try await SettingModel.find(key, on: database) {
            row.value = value
            try await row.update(on: database)
        } else {
            try await SettingModel(key: key, value: value).create(on: database)
        }
    }

    /// Changes whenever names enter or leave the knowledge base, so that every running server
    /// knows to rebuild what it derived from them.
    public static let knowledgeRevision = "knowledge_revision"

    public func markKnowledgeChanged() async throws {
        try await set(Self.knowledgeRevision, UUID().coreID)
    }

    /// The comment blocklist's text, one entry per line (see `Blocklist`).
    public static let commentBlocklist = "comment_blocklist"

    /// Which accounts must sign in with a one-time code: `editors-and-admins`, or nothing.
    public static let twoFactorRequirement = "two_factor_requirement"
    public static let editorsAndAdmins = "editors-and-admins"
}
