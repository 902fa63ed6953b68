import HallyuCore
import Vapor

/// `/admin`: who is signed in and what their role lets them do.
struct AdminHomeController {
    func index(req: Request) async throws -> View {
        let user = try req.require(.writeDrafts)
        return try await req.view.render("admin/index", AdminHomePage(
            meta: PageMeta(title: "Newsroom", description: "The newsroom.", path: "/admin"),
            frame: try await req.adminFrame(user, current: "/admin"),
            abilities: NewsroomAction.allCases.filter(user.role.may).map(\.summary)))
    }
}

extension Request {
    /// The frame of a newsroom page for the signed-in account.
    func adminFrame(_ user: User, current: String) async throws -> AdminFrame {
        AdminFrame(user: user, csrf: try await CSRF.token(for: self), current: current)
    }
}
