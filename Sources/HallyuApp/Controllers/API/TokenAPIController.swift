import HallyuCore
import HallyuStore
import Vapor

/// `/api/v1/auth/tokens`: make a personal API token with an e-mail address and password (the
/// same throttle as the sign-in page), list one's tokens, revoke one.
struct TokenAPIController {
    struct CreateBody: Content {
        var email: String?
        var password: String?
        var name: String?
        /// The one-time code (or a recovery code) of an account with two-factor sign-in on.
        var code: String?
    }

    struct TokenDTO: Content {
        var id: String
        var name: String
        var createdAt: String
        var lastUsedAt: String?
    }

    struct CreatedDTO: Content {
        var id: String
        var name: String
        var createdAt: String
        /// Shown this once; only its hash is kept.
        var token: String
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let email = (body.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let name = (body.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !email.isEmpty, let password = body.password, !password.isEmpty else {
            throw Abort(.badRequest, reason: "Send \"email\" and \"password\" of a newsroom account, and a \"name\" for the token.")
        }
        if let problem = TokenMaker.problem(name: name) { throw Abort(.badRequest, reason: problem) }
        switch try await LoginGate(request: req).attempt(email: email, password: password) {
        case .throttled(let wait): throw Abort.throttled(wait)
        case .refused: throw Abort(.unauthorized, reason: "That e-mail address and password do not match an account.")
        case .disabled(let user):
            try await req.auditLog.record(user, "sign-in refused", kind: "token", id: user.id, summary: "the account is disabled", at: req.now)
            throw Abort(.forbidden, reason: "This account has been disabled.")
        case .signedIn(let user):
            if try await req.twoFactorSecrets.isOn(userID: user.id) {
                guard let code = body.code, !code.isEmpty else {
                    throw Abort(.unauthorized, reason: "This account signs in with a one-time code: send it as \"code\".")
                }
                switch try await SecondFactorGate(request: req).check(code, for: user) {
                case .throttled(let wait): throw Abort.throttled(wait)
                case .refused: throw Abort(.unauthorized, reason: "That one-time code is not right, or has been used already.")
                case .accepted: break
                }
            } else if try await req.twoFactorRequired(for: user) {
                throw Abort(.forbidden, reason: "This site requires two-factor sign-in for your role: turn it on at /admin/account first.")
            }
            let (token, made) = try await TokenMaker(request: req).make(for: user, name: name)
            let response = try await CreatedDTO(id: made.id, name: made.name, createdAt: req.formatting.iso(made.createdAt), token: token)
                .encodeResponse(status: .created, for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    func index(req: Request) async throws -> ListDTO<TokenDTO> {
        let user = try req.require(.writeDrafts)
        let formatting = req.formatting
        let tokens = try await req.apiTokens.list(userID: user.id).map { token in
            TokenDTO(
                id: token.id, name: token.name, createdAt: formatting.iso(token.createdAt),
                lastUsedAt: token.lastUsedAt.map(formatting.iso))
        }
        return ListDTO(Paged(items: tokens, page: 1, per: max(tokens.count, 1), total: tokens.count))
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.require(.writeDrafts)
        guard let id = req.parameters.get("id"),
            let name = try await req.apiTokens.revoke(id: id, userID: user.id)
        else {
            throw Abort(.notFound, reason: "You have no token with that id.")
        }
        try await req.auditLog.record(user, "revoked token", kind: "token", id: id, summary: name, at: req.now)
        return .noContent
    }
}
