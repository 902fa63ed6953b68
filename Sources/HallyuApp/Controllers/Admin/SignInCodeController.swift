import HallyuCore
import HallyuStore
import Vapor

/// `/admin/login/code`: the second step of signing in to an account with two-factor sign-in on.
/// The right password left a session that only lets this browser type a code, for ten minutes;
/// the right one-time code (or a recovery code) replaces it with a signed-in session.
struct SignInCodeController {
    struct Form: Content {
        var code: String?
        var next: String?
    }

    func show(req: Request) async throws -> Response {
        guard try await awaiting(req) != nil else { return req.redirect(to: NewsroomPaths.login) }
        return try await page(req, next: req.query[String.self, at: "next"] ?? "", problem: nil, status: .ok)
    }

    func check(req: Request) async throws -> Response {
        try await CSRF.verify(req)
        let form = try req.content.decode(Form.self)
        let next = form.next ?? ""
        guard let user = try await awaiting(req) else {
            return try await LoginController().page(
                req, email: "", next: next, problem: "That sign-in took too long. Enter your password again.", status: .unauthorized)
        }
        let typed = (form.code ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else {
            return try await page(req, next: next, problem: "Enter the six-digit code your authenticator app shows.", status: .badRequest)
        }
        switch try await SecondFactorGate(request: req).check(typed, for: user) {
        case .throttled(let wait):
            let response = try await page(
                req, next: next, problem: "Too many wrong codes. Try again in \(Throttle.describe(wait)).", status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        case .refused:
            return try await page(
                req, next: next, problem: "That code is not right, or has been used already. Wait for the next one and try again.",
                status: .unauthorized)
        case .accepted(let byRecoveryCode):
            return try await LoginController.finishSignIn(
                user, req, next: next, how: byRecoveryCode ? "with a recovery code" : "with a one-time code")
        }
    }

    private func awaiting(_ req: Request) async throws -> User? {
        guard let token = SessionCookie.token(req) else { return nil }
        return try await req.staffSessions.userAwaitingCode(tokenHash: SecretToken.hash(token), now: req.now)
    }

    private func page(_ req: Request, next: String, problem: String?, status: HTTPStatus) async throws -> Response {
        let view = try await req.view.render(
            "admin/login-code",
            AdminSignInCodePage(
                meta: PageMeta(title: "Sign in: one-time code", description: "Sign in to the newsroom.", path: NewsroomPaths.signInCode),
                next: LoginController.safeNext(next) == NewsroomPaths.home ? "" : next, csrf: try await CSRF.token(for: req),
                problem: problem))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
