import HallyuCore
import HallyuStore
import Vapor

/// `/admin/login` and `/admin/logout`: signing in makes a session row and its cookie; signing
/// out deletes both.
struct LoginController {
    struct Form: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    func show(req: Request) async throws -> Response {
        if try await req.sessionUser() != nil { return req.redirect(to: NewsroomPaths.home) }
        let next = (try? req.query.get(String.self, at: "next")) ?? ""
        return try await page(req, email: "", next: next, problem: nil, status: .ok)
    }

    func signIn(req: Request) async throws -> Response {
        try await CSRF.verify(req)
        let form = try req.content.decode(Form.self)
        let email = (form.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = form.password ?? ""
        let next = form.next ?? ""
        guard !email.isEmpty, !password.isEmpty else {
            return try await page(
                req, email: email, next: next, problem: "Enter your e-mail address and your password.",
                status: .badRequest)
        }
        switch try await LoginGate(request: req).attempt(email: email, password: password) {
        case .throttled(let wait):
            let response = try await page(
                req, email: email, next: next, problem: Abort.throttled(wait).reason,
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        case .refused:
            return try await page(
                req, email: email, next: next, problem: "That e-mail address and password do not match an account.",
                status: .unauthorized)
        case .disabled(let user):
            try await req.auditLog.record(user, "sign-in refused", kind: "session", id: user.id, summary: "the account is disabled", at: req.now)
            return try await page(
                req, email: email, next: next, problem: "This account has been disabled. An admin of the newsroom can enable it again.",
                status: .forbidden)
        case .signedIn(let user):
            // Sessions nobody signed out of would otherwise stay in the table for good.
            try await req.staffSessions.deleteExpired(now: req.now)
            if try await req.twoFactorSecrets.isOn(userID: user.id) {
                let response = req.redirect(to: NewsroomPaths.signInCode(next: next))
                try await SessionCookie.start(for: user, on: response, for: req, awaitingCode: true)
                return response
            }
            return try await Self.finishSignIn(user, req, next: next, how: nil)
        }
    }

    /// Signs `user` in for good in this browser and goes on to `next`.
    static func finishSignIn(_ user: User, _ req: Request, next: String, how: String?) async throws -> Response {
        try await req.auditLog.record(
            user, "signed in", kind: "session", id: user.id, summary: user.email + (how.map { ", " + $0 } ?? ""), at: req.now)
        let response = req.redirect(to: safeNext(next))
        try await SessionCookie.start(for: user, on: response, for: req)
        return response
    }

    func signOut(req: Request) async throws -> Response {
        try await CSRF.verify(req)
        if let token = SessionCookie.token(req) {
            try await req.staffSessions.delete(tokenHash: SecretToken.hash(token))
        }
        if let user = req.currentUser {
            try await req.auditLog.record(
                user, "signed out", kind: "session", id: user.id, summary: user.email,
                at: req.now)
        }
        let response = req.redirect(to: NewsroomPaths.login)
        SessionCookie.clear(on: response, for: req)
        return response
    }

    /// Only newsroom pages of this site: anything else could send a fresh sign-in elsewhere.
    static func safeNext(_ next: String) -> String {
        let isLocal =
            next.hasPrefix(NewsroomPaths.home) && !next.hasPrefix("//") && !next.contains("\\")
            && !next.unicodeScalars.contains { $0.properties.generalCategory == .control }
        return isLocal && next != NewsroomPaths.login ? next : NewsroomPaths.home
    }

    func page(_ req: Request, email: String, next: String, problem: String?, status: HTTPStatus) async throws -> Response {
        let view = try await req.view.render(
            "admin/login",
            AdminLoginPage(
                meta: PageMeta(title: "Sign in", description: "Sign in to the newsroom.", path: NewsroomPaths.login),
                email: email, next: Self.safeNext(next) == NewsroomPaths.home ? "" : next, csrf: try await CSRF.token(for: req), problem: problem,
                notice: req.query[String.self, at: "reset"] == "done" ? "Your new password is set. Sign in with it." : nil))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
