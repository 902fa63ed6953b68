import HallyuCore
import HallyuStore
import Vapor

/// `/admin/users`, for admins: every account, adding one, changing a role, a one-time password
/// reset link, disabling and enabling, turning off the two-factor sign-in of someone who lost
/// their phone and codes, and whether editors and admins must sign in with a code.
struct UserPagesController {
    struct AddForm: Content {
        var name: String?
        var email: String?
        var role: String?
        var password: String?
    }

    struct RoleForm: Content {
        var role: String?
    }

    struct RequirementForm: Content {
        var required: String?
    }

    func index(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        return try await page(req, admin, typed: .init(), notice: nil, problem: nil, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let form = try req.content.decode(AddForm.self)
        let typed = AdminUsersPage.Typed(
            name: (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            email: Accounts.fold(email: form.email ?? ""), role: form.role ?? "writer")
        let password = form.password ?? ""
        let problem: String? =
            if typed.name.isEmpty {
                "Give the account a name, as bylines will show it."
            } else if !UserCommand.looksLikeEmail(typed.email) {
                "Give an e-mail address, such as editor@example.com."
            } else if UserRole(rawValue: typed.role) == nil {
                "Choose a role: writer, editor or admin."
            } else {
                PasswordRules.problem(password).map { "The first password: \($0)." }
            }
        if let problem { return try await page(req, admin, typed: typed, notice: nil, problem: problem, status: .badRequest) }
        let user: User
        do {
            user = try await req.accounts.add(
                User(id: "", slug: "", name: typed.name, email: typed.email, role: UserRole(rawValue: typed.role) ?? .writer),
                passwordHash: try await req.password.async.hash(password))
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, admin, typed: typed, notice: nil, problem: error.reason, status: error.status)
        }
        try await req.auditLog.record(
            admin, "added account", kind: "user", id: user.id,
            summary: "\(user.name) (\(user.role.rawValue))", at: req.now)
        return try await page(
            req, admin, typed: .init(), notice: "Added \(user.name) as \(user.role.rawValue).", problem: nil,
            status: .created)
    }

    func changeRole(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id"), let current = try await req.accounts.user(id: id) else {
            throw Abort(.notFound, reason: "There is no such account.")
        }
        guard let role = UserRole(rawValue: try req.content.decode(RoleForm.self).role ?? "") else {
            return try await page(
                req, admin, typed: .init(), notice: nil, problem: "Choose a role: writer, editor or admin.",
                status: .badRequest)
        }
        // The same role again changes nothing, and signs nobody out.
        guard role != current.role else {
            return try await page(
                req, admin, typed: .init(), notice: "\(current.name) is \(role == .admin ? "an" : "a") \(role.rawValue) already.",
                problem: nil, status: .ok)
        }
        do {
            let user = try await req.accounts.setRole(userID: id, to: role)
            // A session keeps what it was allowed when it began: the account signs in again.
            try await req.staffSessions.endAll(userID: user.id)
            try await req.auditLog.record(
                admin, "changed role", kind: "user", id: user.id,
                summary: "\(user.name) is now \(role.rawValue); their sessions ended", at: req.now)
            let response = try await page(
                req, admin, typed: .init(), notice: "\(user.name) is now \(role == .admin ? "an" : "a") \(role.rawValue).",
                problem: nil, status: .ok)
            if user.id == admin.id { try await SessionCookie.start(for: user, on: response, for: req) }
            return response
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, admin, typed: .init(), notice: nil, problem: error.reason, status: error.status)
        }
    }

    /// A link that sets a new password once, within an hour; shown to the admin this once, to
    /// pass on in person or by a channel they trust.
    func makeResetLink(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let user = try await account(req)
        let link: String
        do {
            link = try await PasswordResetLink.make(for: user, by: admin, app: req.application, on: req.db).url
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, admin, typed: .init(), notice: nil, problem: error.reason, status: error.status)
        }
        return try await page(
            req, admin, typed: .init(), notice: "A reset link for \(user.name), good once within the hour:", problem: nil,
            resetLink: link, status: .ok)
    }

    func disable(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let user = try await account(req)
        guard user.id != admin.id else {
            return try await page(req, admin, typed: .init(), notice: nil, problem: "You cannot disable your own account.", status: .conflict)
        }
        do {
            let disabled = try await req.accounts.disable(userID: user.id, now: req.now)
            try await req.auditLog.record(
                admin, "disabled account", kind: "user", id: user.id,
                summary: "\(user.name); ended \(counted(disabled.sessions, "session")) and \(counted(disabled.tokens, "token"))", at: req.now)
            return try await page(
                req, admin, typed: .init(), notice: "\(user.name) is disabled and signed out everywhere.", problem: nil, status: .ok)
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, admin, typed: .init(), notice: nil, problem: error.reason, status: error.status)
        }
    }

    func enable(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let user = try await req.accounts.enable(userID: try await account(req).id)
        try await req.auditLog.record(admin, "enabled account", kind: "user", id: user.id, summary: user.name, at: req.now)
        return try await page(req, admin, typed: .init(), notice: "\(user.name) can sign in again.", problem: nil, status: .ok)
    }

    /// For someone who lost both their phone and their recovery codes: they sign in with their
    /// password and set it up again.
    func turnOffTwoFactor(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let user = try await account(req)
        // One's own asks for a current code, on the account page: a browser left signed in as
        // an admin is not enough to weaken the account.
        guard user.id != admin.id else {
            return try await page(
                req, admin, typed: .init(), notice: nil,
                problem: "Turn off your own two-factor sign-in on your account page, with a code.", status: .conflict)
        }
        try await req.twoFactorSecrets.turnOff(userID: user.id)
        try await req.staffSessions.endAll(userID: user.id)
        try await req.auditLog.record(admin, "turned off two-factor sign-in", kind: "user", id: user.id, summary: user.name, at: req.now)
        return try await page(
            req, admin, typed: .init(), notice: "Two-factor sign-in is off for \(user.name), who is signed out everywhere.", problem: nil,
            status: .ok)
    }

    func setRequirement(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        try await CSRF.verify(req)
        let required = try req.content.decode(RequirementForm.self).required == "on"
        if required, try await !req.twoFactorSecrets.isOn(userID: admin.id) {
            return try await page(
                req, admin, typed: .init(), notice: nil, problem: "Turn on two-factor sign-in for your own account first.",
                status: .conflict)
        }
        try await req.settings.set(Settings.twoFactorRequirement, required ? Settings.editorsAndAdmins : "")
        try await req.auditLog.record(
            admin, required ? "required two-factor sign-in" : "stopped requiring two-factor sign-in", kind: "settings",
            id: Settings.twoFactorRequirement, summary: required ? "for editors and admins" : "for no one", at: req.now)
        return try await page(
            req, admin, typed: .init(),
            notice: required
                ? "Editors and admins must now sign in with a one-time code; those without one are asked to set it up."
                : "No role must sign in with a one-time code now.", problem: nil, status: .ok)
    }

    private func account(_ req: Request) async throws -> User {
        guard let id = req.parameters.get("id"), let user = try await req.accounts.user(id: id) else {
            throw Abort(.notFound, reason: "There is no such account.")
        }
        return user
    }

    private func page(
        _ req: Request, _ admin: User, typed: AdminUsersPage.Typed, notice: String?, problem: String?, resetLink: String? = nil,
        status: HTTPStatus
    ) async throws -> Response {
        let formatting = req.formatting
        let rows = try await req.accounts.all().map { listing in
            AdminUsersPage.Row(
                id: listing.user.id, name: listing.user.name, email: listing.user.email,
                role: listing.user.role.rawValue, since: listing.createdAt.map(formatting.day) ?? "",
                canSignIn: listing.canSignIn, isYou: listing.user.id == admin.id, disabled: listing.disabled,
                twoFactor: listing.twoFactor)
        }
        let requirement = try await req.settings.value(Settings.twoFactorRequirement)
        let view = try await req.view.render(
            "admin/users",
            AdminUsersPage(
                meta: PageMeta(title: "Accounts", description: "Newsroom accounts.", path: NewsroomPaths.users),
                frame: try await req.adminFrame(admin, current: NewsroomPaths.users),
                users: rows, roles: UserRole.allCases.map(\.rawValue), typed: typed, notice: notice, problem: problem,
                resetLink: resetLink, twoFactorRequired: requirement == Settings.editorsAndAdmins))
        let response = try await view.encodeResponse(status: status, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
