import HallyuCore
import HallyuStore
import Vapor

/// `/admin/account`: one's own account. Changing the password asks for the current one
/// (checked and throttled as a sign-in is), ends every session of the account — a browser
/// someone else signed in on is signed out — and starts a new one in this browser.
struct AccountPageController {
    struct Form: Content {
        var current: String?
        var new: String?
        var repeated: String?
    }

    func show(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        return try await page(req, user, problem: nil, changed: req.query[String.self, at: "done"] == "password", status: .ok)
    }

    func changePassword(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let form = try req.content.decode(Form.self)
        let current = form.current ?? ""
        let new = form.new ?? ""
        guard !current.isEmpty, !new.isEmpty else {
            return try await page(req, user, problem: "Enter your current password and the new one.", changed: false, status: .badRequest)
        }
        guard new == form.repeated else {
            return try await page(req, user, problem: "The new password and its repetition differ.", changed: false, status: .badRequest)
        }
        if let problem = PasswordRules.problem(new) {
            return try await page(req, user, problem: "The new password will not do: \(problem).", changed: false, status: .badRequest)
        }
        switch try await LoginGate(request: req).attempt(email: user.email, password: current) {
        case .throttled(let wait):
            let response = try await page(req, user, problem: Abort.throttled(wait).reason, changed: false, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        case .refused:
            try await req.auditLog.record(
                user, "password change refused", kind: "user", id: user.id, summary: "wrong current password", at: req.now)
            return try await page(req, user, problem: "That is not your current password.", changed: false, status: .forbidden)
        case .signedIn:
            let hash = try await req.password.async.hash(new)
            let token = SecretToken.make()
            try await req.db.writeTransaction { database in
                try await Accounts(database: database).setPassword(userID: user.id, passwordHash: hash)
                let sessions = Sessions(database: database)
                try await sessions.endAll(userID: user.id)
                try await sessions.create(userID: user.id, tokenHash: SecretToken.hash(token), now: req.now)
            }
            try await req.auditLog.record(user, "changed password", kind: "user", id: user.id, summary: user.email, at: req.now)
            let response = req.redirect(to: NewsroomPaths.account + "?done=password")
            SessionCookie.set(token, on: response, for: req)
            return response
        }
    }

    private func page(_ req: Request, _ user: User, problem: String?, changed: Bool, status: HTTPStatus) async throws -> Response {
        let view = try await req.view.render(
            "admin/account",
            AdminAccountPage(
                meta: PageMeta(title: "Your account", description: "Your account.", path: NewsroomPaths.account),
                frame: try await req.adminFrame(user, current: NewsroomPaths.account),
                name: user.name, email: user.email, role: user.role.rawValue, problem: problem, changed: changed))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
