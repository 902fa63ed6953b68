import HallyuCore
import HallyuStore
import Vapor

/// `/admin/users`, for admins: every account, adding one, changing a role.
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
        guard let id = req.parameters.get("id"), try await req.accounts.user(id: id) != nil else {
            throw Abort(.notFound, reason: "There is no such account.")
        }
        guard let role = UserRole(rawValue: try req.content.decode(RoleForm.self).role ?? "") else {
            return try await page(
                req, admin, typed: .init(), notice: nil, problem: "Choose a role: writer, editor or admin.",
                status: .badRequest)
        }
        do {
            let user = try await req.accounts.setRole(userID: id, to: role)
            try await req.auditLog.record(
                admin, "changed role", kind: "user", id: user.id,
                summary: "\(user.name) is now \(role.rawValue)", at: req.now)
            return try await page(
                req, admin, typed: .init(), notice: "\(user.name) is now \(role == .admin ? "an" : "a") \(role.rawValue).",
                problem: nil, status: .ok)
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, admin, typed: .init(), notice: nil, problem: error.reason, status: error.status)
        }
    }

    private func page(
        _ req: Request, _ admin: User, typed: AdminUsersPage.Typed, notice: String?, problem: String?,
        status: HTTPStatus
    ) async throws -> Response {
        let formatting = req.formatting
        let rows = try await req.accounts.all().map { listing in
            AdminUsersPage.Row(
                id: listing.user.id, name: listing.user.name, email: listing.user.email,
                role: listing.user.role.rawValue, since: listing.createdAt.map(formatting.day) ?? "",
                canSignIn: listing.canSignIn, isYou: listing.user.id == admin.id)
        }
        let view = try await req.view.render(
            "admin/users",
            AdminUsersPage(
                meta: PageMeta(title: "Accounts", description: "Newsroom accounts.", path: NewsroomPaths.users),
                frame: try await req.adminFrame(admin, current: NewsroomPaths.users),
                users: rows, roles: UserRole.allCases.map(\.rawValue), typed: typed, notice: notice, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
