import HallyuCore
import HallyuStore
import Vapor

/// `/admin/reset/:token`: the page a one-time reset link opens, for someone not signed in. The
/// new password is set, the link used up and every session of the account ended together; the
/// person then signs in (with their one-time code, if two-factor sign-in is on). A link used
/// already or past its hour is 410 Gone, one never made 404, each in the audit log when it
/// names an account.
struct PasswordResetController {
    struct Form: Content {
        var new: String?
        var repeated: String?
    }

    func show(req: Request) async throws -> Response {
        let tokenHash = SecretToken.hash(req.parameters.get("token") ?? "")
        switch try await req.passwordResets.standing(tokenHash: tokenHash, now: req.now) {
        case .valid(let user): return try await page(req, user: user, problem: nil, status: .ok)
        case let standing: throw refusal(standing)
        }
    }

    func reset(req: Request) async throws -> Response {
        try await CSRF.verify(req)
        let token = req.parameters.get("token") ?? ""
        let resets = req.passwordResets
        guard case .valid(let user) = try await resets.standing(tokenHash: SecretToken.hash(token), now: req.now) else {
            return try await refuse(req, token)
        }
        let form = try req.content.decode(Form.self)
        let new = form.new ?? ""
        guard !new.isEmpty else { return try await page(req, user: user, problem: "Enter a new password.", status: .badRequest) }
        guard new == form.repeated else {
            return try await page(req, user: user, problem: "The new password and its repetition differ.", status: .badRequest)
        }
        if let problem = PasswordRules.problem(new) {
            return try await page(req, user: user, problem: "The new password will not do: \(problem).", status: .badRequest)
        }
        let hash = try await req.password.async.hash(new)
        // Two tabs sending the form at once: only one sets the password.
        guard case .valid = try await resets.use(tokenHash: SecretToken.hash(token), passwordHash: hash, now: req.now) else {
            return try await refuse(req, token)
        }
        try await req.auditLog.record(user, "reset password by link", kind: "user", id: user.id, summary: user.email, at: req.now)
        let response = req.redirect(to: NewsroomPaths.login + "?reset=done")
        SessionCookie.clear(on: response, for: req)
        return response
    }

    private func refuse(_ req: Request, _ token: String) async throws -> Response {
        let (standing, owner) = try await req.passwordResets.standingAndOwner(tokenHash: SecretToken.hash(token), now: req.now)
        if let user = owner {
            try await req.auditLog.record(
                user, "reset link refused", kind: "user", id: user.id, summary: standing == .used ? "used already" : "expired", at: req.now)
        }
        throw refusal(standing)
    }

    private func refusal(_ standing: PasswordResets.Standing) -> Abort {
        switch standing {
        case .used: Abort(.gone, reason: "This reset link has been used already. Ask an admin for a new one.")
        case .expired: Abort(.gone, reason: "This reset link has run out: links last an hour. Ask an admin for a new one.")
        case .unknown, .valid: Abort(.notFound, reason: "There is no such reset link. Check that the whole address was copied.")
        }
    }

    private func page(_ req: Request, user: User, problem: String?, status: HTTPStatus) async throws -> Response {
        let view = try await req.view.render(
            "admin/reset",
            AdminPasswordResetPage(
                meta: PageMeta(title: "Choose a new password", description: "Choose a new password.", path: req.url.path),
                name: user.name, email: user.email, csrf: try await CSRF.token(for: req), problem: problem))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        // The token is in the address: no other site learns it from a Referer.
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
    }
}
