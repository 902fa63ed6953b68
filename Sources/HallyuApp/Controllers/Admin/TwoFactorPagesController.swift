import HallyuCore
import HallyuStore
import Vapor

/// `/admin/account/two-factor`: turning two-factor sign-in on (a new secret shown as text and as
/// a QR code drawn here, confirmed with its first code, then ten recovery codes shown once),
/// new recovery codes, and turning it off — both of which ask for a current code, so a browser
/// left signed in is not enough to weaken the account.
struct TwoFactorPagesController {
    struct CodeForm: Content {
        var code: String?
    }

    func show(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "required": "This site requires two-factor sign-in for editors and admins: turn it on to go on to the newsroom."
            case "off": "Two-factor sign-in is off."
            default: nil
            }
        return try await page(req, user, notice: notice, status: .ok)
    }

    func start(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        do {
            try await req.twoFactorSecrets.begin(userID: user.id, secret: TwoFactorCodes.newSecret())
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, problem: error.reason, status: error.status)
        }
        return req.redirect(to: NewsroomPaths.twoFactor)
    }

    func confirm(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let typed = try req.content.decode(CodeForm.self).code ?? ""
        let secrets = req.twoFactorSecrets
        let state = try await secrets.state(userID: user.id)
        guard !state.isOn, let secret = state.secret, let codes = TwoFactorCodes.oneTimeCode(secret: secret) else {
            return try await page(req, user, problem: "Start again: there is no new secret waiting for its first code.", status: .conflict)
        }
        guard let step = codes.step(matching: typed, now: req.now, after: nil) else {
            return try await page(
                req, user, problem: "That is not the code your app shows for this secret. Check the app's clock, then try the next code.",
                status: .badRequest)
        }
        let recoveryCodes = TwoFactorCodes.newRecoveryCodes()
        do {
            try await secrets.turnOn(
                userID: user.id, secret: secret, step: step, recoveryCodeHashes: recoveryCodes.map(TwoFactorCodes.hash(recoveryCode:)),
                now: req.now)
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, problem: error.reason, status: error.status)
        }
        // Browsers signed in with the password alone sign in again, with a code.
        var ended = 0
        if let current = req.sessionTokenHash { ended = try await req.staffSessions.endOthers(userID: user.id, keeping: current) }
        try await req.auditLog.record(
            user, "turned on two-factor sign-in", kind: "user", id: user.id,
            summary: "\(user.email); \(counted(ended, "other session")) ended", at: req.now)
        return try await page(
            req, user, notice: "Two-factor sign-in is on. Every other browser signed in as you has been signed out.",
            recoveryCodes: recoveryCodes, status: .ok)
    }

    func newRecoveryCodes(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        if let refusal = try await checkCode(req, user) { return refusal }
        let recoveryCodes = TwoFactorCodes.newRecoveryCodes()
        try await req.twoFactorSecrets.replaceRecoveryCodes(userID: user.id, hashes: recoveryCodes.map(TwoFactorCodes.hash(recoveryCode:)))
        try await req.auditLog.record(user, "made new recovery codes", kind: "user", id: user.id, summary: user.email, at: req.now)
        return try await page(req, user, notice: "Your old recovery codes no longer work.", recoveryCodes: recoveryCodes, status: .ok)
    }

    func turnOff(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        if try await req.twoFactorRequired(for: user) {
            return try await page(
                req, user, problem: "This site requires two-factor sign-in for your role; it cannot be turned off.", status: .conflict)
        }
        if let refusal = try await checkCode(req, user) { return refusal }
        try await req.twoFactorSecrets.turnOff(userID: user.id)
        try await req.auditLog.record(user, "turned off two-factor sign-in", kind: "user", id: user.id, summary: user.email, at: req.now)
        return req.redirect(to: NewsroomPaths.twoFactor(done: "off"))
    }

    /// The refusal to show when the form's code is missing, wrong or throttled; nil when it is right.
    private func checkCode(_ req: Request, _ user: User) async throws -> Response? {
        let typed = (try req.content.decode(CodeForm.self).code ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return try await page(req, user, problem: "Enter a code from your authenticator app.", status: .badRequest) }
        switch try await SecondFactorGate(request: req).check(typed, for: user) {
        case .accepted: return nil
        case .refused:
            return try await page(req, user, problem: "That code is not right, or has been used already.", status: .forbidden)
        case .throttled(let wait):
            let response = try await page(
                req, user, problem: "Too many wrong codes. Try again in \(Throttle.describe(wait)).", status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        }
    }

    private func page(
        _ req: Request, _ user: User, notice: String? = nil, problem: String? = nil, recoveryCodes: [String] = [], status: HTTPStatus
    ) async throws -> Response {
        let state = try await req.twoFactorSecrets.state(userID: user.id)
        var pending: AdminTwoFactorPage.Pending?
        if !state.isOn, let secret = state.secret, let bytes = Base32.decode(secret) {
            let uri = OneTimeCode.provisioningURI(secret: bytes, account: user.email, issuer: TwoFactorCodes.issuer(req.application))
            pending = AdminTwoFactorPage.Pending(
                secret: stride(from: 0, to: secret.count, by: 4).map { String(Array(secret)[$0..<min($0 + 4, secret.count)]) }
                    .joined(separator: " "),
                qrCode: QRCode(text: uri, correction: .medium)?.svg(moduleSize: 5, quietZone: 4, label: "QR code of the secret") ?? "")
        }
        let view = try await req.view.render(
            "admin/two-factor",
            AdminTwoFactorPage(
                meta: PageMeta(title: "Two-factor sign-in", description: "Two-factor sign-in.", path: NewsroomPaths.twoFactor),
                frame: try await req.adminFrame(user, current: NewsroomPaths.account),
                isOn: state.isOn, required: try await req.twoFactorRequired(for: user), recoveryCodesLeft: state.recoveryCodesLeft,
                pending: pending, recoveryCodes: recoveryCodes, notice: notice, problem: problem))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
