import HallyuCore
import HallyuStore
import Vapor

/// `/admin`: who is signed in, what their role lets them do, and for moderators how many
/// comments wait.
struct AdminHomeController {
    func index(req: Request) async throws -> View {
        let user = try req.require(.writeDrafts)
        return try await req.view.render(
            "admin/index",
            AdminHomePage(
                meta: PageMeta(title: "Newsroom", description: "The newsroom.", path: NewsroomPaths.home),
                frame: try await req.adminFrame(user, current: NewsroomPaths.home),
                abilities: NewsroomAction.allCases.filter(user.role.may).map(\.summary),
                heldComments: user.role.may(.moderate) ? try await req.commentQueue.counts()[.held] ?? 0 : 0))
    }
}

extension Request {
    /// The frame of a newsroom page for the signed-in account.
    func adminFrame(_ user: User, current: String) async throws -> AdminFrame {
        AdminFrame(user: user, csrf: try await CSRF.token(for: self), current: current)
    }
}
