import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// Personal API tokens, made the same way from the newsroom's page and from the API.
struct TokenMaker {
    static let maximumNameLength = 100

    let request: Request

    /// Why a token name cannot be used, or nil.
    static func problem(name: String) -> String? {
        if name.isEmpty { return "Give the token a name, such as the script or laptop that will use it." }
        if name.count > maximumNameLength { return "A token's name can be at most \(maximumNameLength) characters." }
        return nil
    }

    /// Makes a token for the account and notes it in the audit log; the token itself is
    /// returned this once.
    func make(for user: User, name: String) async throws -> (String, APIToken) {
        let token = SecretToken.make()
        let made = try await request.apiTokens.create(
            userID: user.id, name: name, tokenHash: SecretToken.hash(token),
            now: request.now)
        try await request.auditLog.record(user, "created token", kind: "token", id: made.id, summary: name, at: request.now)
        return (token, made)
    }
}
