import HallyuCore
import HallyuStore
import Vapor

/// `/admin/tokens`: an account's personal API tokens — make one (shown once), see when each
/// was last used, revoke.
struct TokenPagesController {
    struct Form: Content {
        var name: String?
    }

    static let maximumNameLength = 100

    func index(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        return try await page(req, user, created: nil, name: "", problem: nil, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let name = (try req.content.decode(Form.self).name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = Self.problem(name: name) {
            return try await page(req, user, created: nil, name: name, problem: problem, status: .badRequest)
        }
        let (token, made) = try await Self.make(req, user, name: name)
        return try await page(req, user, created: .init(name: made.name, token: token), name: "", problem: nil, status: .created)
    }

    func revoke(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id"),
              let name = try await APITokens(database: req.db).revoke(id: id, userID: user.id) else {
            throw Abort(.notFound, reason: "You have no such token.")
        }
        try await AuditLog(database: req.db).record(user, "revoked token", kind: "token", id: id, summary: name, at: Date())
        return req.redirect(to: "/admin/tokens")
    }

    /// Why a token name cannot be used, or nil.
    static func problem(name: String) -> String? {
        if name.isEmpty { return "Give the token a name, such as the script or laptop that will use it." }
        if name.count > maximumNameLength { return "A token's name can be at most \(maximumNameLength) characters." }
        return nil
    }

    /// Makes a token for the account and notes it in the audit log; the token itself is
    /// returned this once.
    static func make(_ req: Request, _ user: User, name: String) async throws -> (String, APIToken) {
        let token = SecretToken.make()
        let made = try await APITokens(database: req.db).create(userID: user.id, name: name, tokenHash: SecretToken.hash(token),
                                                                now: Date())
        try await AuditLog(database: req.db).record(user, "created token", kind: "token", id: made.id, summary: name, at: Date())
        return (token, made)
    }

    private func page(_ req: Request, _ user: User, created: AdminTokensPage.Created?, name: String, problem: String?,
                      status: HTTPStatus) async throws -> Response {
        let formatting = req.formatting
        let tokens = try await APITokens(database: req.db).list(userID: user.id).map { token in
            AdminTokensPage.Row(id: token.id, name: token.name, created: formatting.dayAndTime(token.createdAt),
                                lastUsed: token.lastUsedAt.map(formatting.dayAndTime) ?? "never")
        }
        let view = try await req.view.render("admin/tokens", AdminTokensPage(
            meta: PageMeta(title: "API tokens", description: "Personal API tokens.", path: "/admin/tokens"),
            frame: try await req.adminFrame(user, current: "/admin/tokens"),
            tokens: tokens, created: created, name: name, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
