import HallyuCore
import HallyuStore
import Vapor

/// `/admin/tokens`: an account's personal API tokens — make one (shown once), see when each
/// was last used, revoke.
struct TokenPagesController {
    struct Form: Content {
        var name: String?
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        return try await page(req, user, created: nil, name: "", problem: nil, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let name = (try req.content.decode(Form.self).name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = TokenMaker.problem(name: name) {
            return try await page(req, user, created: nil, name: name, problem: problem, status: .badRequest)
        }
        let (token, made) = try await TokenMaker(request: req).make(for: user, name: name)
        return try await page(req, user, created: .init(name: made.name, token: token), name: "", problem: nil, status: .created)
    }

    func revoke(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id"),
            let name = try await req.apiTokens.revoke(id: id, userID: user.id)
        else {
            throw Abort(.notFound, reason: "You have no such token.")
        }
        try await req.auditLog.record(user, "revoked token", kind: "token", id: id, summary: name, at: req.now)
        return req.redirect(to: NewsroomPaths.tokens)
    }

    private func page(
        _ req: Request, _ user: User, created: AdminTokensPage.Created?, name: String, problem: String?,
        status: HTTPStatus
    ) async throws -> Response {
        let formatting = req.formatting
        let tokens = try await req.apiTokens.list(userID: user.id).map { token in
            AdminTokensPage.Row(
                id: token.id, name: token.name, created: formatting.dayAndTime(token.createdAt),
                lastUsed: token.lastUsedAt.map(formatting.dayAndTime) ?? "never")
        }
        let view = try await req.view.render(
            "admin/tokens",
            AdminTokensPage(
                meta: PageMeta(title: "API tokens", description: "Personal API tokens.", path: NewsroomPaths.tokens),
                frame: try await req.adminFrame(user, current: NewsroomPaths.tokens),
                tokens: tokens, created: created, name: name, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
