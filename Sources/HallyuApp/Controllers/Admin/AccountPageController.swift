import HallyuCore
import HallyuStore
import Vapor

/// `/admin/account`: one's own account. Changing the password asks for the current one
/// (checked and throttled as a sign-in is), ends every session of the account — a browser
/// someone else signed in on is signed out — and starts a new one in this browser. The page
/// lists the browsers signed in as one, any of which can be signed out from here.
struct AccountPageController {
    struct Form: Content {
        var current: String?
        var new: String?
        var repeated: String?
    }

    func show(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "password": "Your password has been changed. Every other browser signed in as you has been signed out."
            case "others": "Every other browser signed in as you has been signed out."
            case "session": "That browser has been signed out."
            default: nil
            }
        return try await page(req, user, problem: nil, notice: notice, status: .ok)
    }

    func changePassword(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let form = try req.content.decode(Form.self)
        let current = form.current ?? ""
        let new = form.new ?? ""
        guard !current.isEmpty, !new.isEmpty else {
            return try await page(req, user, problem: "Enter your current password and the new one.", status: .badRequest)
        }
        guard new == form.repeated else {
            return try await page(req, user, problem: "The new password and its repetition differ.", status: .badRequest)
        }
        if let problem = PasswordRules.problem(new) {
            return try await page(req, user, problem: "The new password will not do: \(problem).", status: .badRequest)
        }
        switch try await LoginGate(request: req).attempt(email: user.email, password: current) {
        case .throttled(let wait):
            let response = try await page(req, user, problem: Abort.throttled(wait).reason, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        case .refused, .disabled:
            try await req.auditLog.record(
                user, "password change refused", kind: "user", id: user.id, summary: "wrong current password", at: req.now)
            return try await page(req, user, problem: "That is not your current password.", status: .forbidden)
        case .signedIn:
            let hash = try await req.password.async.hash(new)
            try await req.db.writeTransaction { database in
                try await Accounts(database: database).setPassword(userID: user.id, passwordHash: hash)
                try await Sessions(database: database).endAll(userID: user.id)
            }
            try await req.auditLog.record(user, "changed password", kind: "user", id: user.id, summary: user.email, at: req.now)
            let response = req.redirect(to: NewsroomPaths.account(done: "password"))
            try await SessionCookie.start(for: user, on: response, for: req)
            return response
        }
    }

    /// "Sign out everywhere else".
    func endOtherSessions(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        guard let current = req.sessionTokenHash else { throw Abort(.unauthorized, reason: "Sign in first.") }
        let ended = try await req.staffSessions.endOthers(userID: user.id, keeping: current)
        try await req.auditLog.record(
            user, "signed out elsewhere", kind: "session", id: user.id, summary: "\(counted(ended, "other session")) ended",
            at: req.now)
        return req.redirect(to: NewsroomPaths.account(done: "others"))
    }

    /// Signs one of one's browsers out.
    func endSession(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id"), try await req.staffSessions.end(id: id, userID: user.id) else {
            throw Abort(.notFound, reason: "You have no session with that id; it may have ended already.")
        }
        try await req.auditLog.record(user, "ended session", kind: "session", id: user.id, summary: id, at: req.now)
        return req.redirect(to: NewsroomPaths.account(done: "session"))
    }

    private func page(_ req: Request, _ user: User, problem: String?, notice: String? = nil, status: HTTPStatus) async throws -> Response {
        let formatting = req.formatting
        let sessions = try await req.staffSessions.list(userID: user.id, currentTokenHash: req.sessionTokenHash, now: req.now)
        let twoFactor = try await req.twoFactorSecrets.state(userID: user.id)
        let view = try await req.view.render(
            "admin/account",
            AdminAccountPage(
                meta: PageMeta(title: "Your account", description: "Your account.", path: NewsroomPaths.account),
                frame: try await req.adminFrame(user, current: NewsroomPaths.account),
                name: user.name, email: user.email, role: user.role.rawValue, problem: problem, notice: notice,
                twoFactorOn: twoFactor.isOn, recoveryCodesLeft: twoFactor.recoveryCodesLeft,
                sessions: sessions.map { session in
                    AdminAccountPage.Session(
                        id: session.id, device: session.device, since: formatting.dayAndTime(session.createdAt),
                        lastSeen: formatting.dayAndTime(session.lastSeenAt), isCurrent: session.isCurrent)
                }))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
