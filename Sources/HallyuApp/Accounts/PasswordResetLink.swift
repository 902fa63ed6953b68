import Fluent
import HallyuCore
import HallyuStore
import Vapor

/// Makes a one-time password reset link for an account, as `/admin/users` and `hallyu user
/// reset-link` both do: the token is in the link only, the database keeps its hash, and the
/// audit log says who made it.
enum PasswordResetLink {
    /// The link's address, and until when it works.
    static func make(
        for user: User, by maker: User?, app: Application, on database: any Database
    ) async throws -> (
        url: String, expires: Date
    ) {
        let token = SecretToken.make()
        let now = app.now
        try await PasswordResets(database: database).create(
            userID: user.id, tokenHash: SecretToken.hash(token), madeBy: maker?.name ?? "the command line", now: now)
        try await AuditLog(database: database).record(maker, "made reset link", kind: "user", id: user.id, summary: user.name, at: now)
        return (app.config.publicURL.absoluteString + NewsroomPaths.passwordReset(token), now.addingTimeInterval(PasswordResets.lifetime))
    }
}
