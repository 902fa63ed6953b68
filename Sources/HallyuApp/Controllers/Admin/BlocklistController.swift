import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/blocklist`: the words, e-mail addresses and client addresses whose comments go
/// straight to spam. Admins only.
struct BlocklistController {
    struct Form: Content {
        var entries: String?
    }

    /// Enough for any real list; a bigger one is a paste gone wrong.
    static let maximumEntries = 5_000

    func index(req: Request) async throws -> Response {
        let user = try req.require(.manageSettings)
        let text = try await req.settings.value(Settings.commentBlocklist) ?? ""
        let notice = req.query[String.self, at: "done"] == "saved" ? "The blocklist is saved." : nil
        return try await page(req, user, text: text, problem: nil, notice: notice, status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.require(.manageSettings)
        try await CSRF.verify(req)
        let typed = try req.content.decode(Form.self).entries ?? ""
        let blocklist = Blocklist(text: typed)
        let size = blocklist.words.count + blocklist.emails.count + blocklist.addresses.count
        guard size <= Self.maximumEntries else {
            return try await page(
                req, user, text: typed, problem: "The blocklist can hold at most \(Self.maximumEntries) entries; this has \(size).",
                notice: nil, status: .badRequest)
        }
        // Kept as typed, notes and order included; it is read through `Blocklist` when used.
        try await req.settings.set(Settings.commentBlocklist, Blocklist.storable(typed))
        try await req.auditLog.record(
            user, "changed blocklist", kind: "settings", id: Settings.commentBlocklist,
            summary: "\(blocklist.words.count) words, \(blocklist.emails.count) e-mail entries, \(blocklist.addresses.count) addresses",
            at: req.now)
        return req.redirect(to: NewsroomPaths.blocklist(done: "saved"))
    }

    private func page(_ req: Request, _ user: User, text: String, problem: String?, notice: String?, status: HTTPStatus) async throws -> Response {
        let view = AdminBlocklistPage(
            meta: PageMeta(title: "Blocklist", description: "Words and addresses kept out of comments.", path: NewsroomPaths.blocklist),
            frame: try await req.adminFrame(user, current: NewsroomPaths.blocklist), entries: text, problem: problem, notice: notice)
        return try await req.view.render("admin/blocklist", view).encodeResponse(status: status, for: req)
    }
}
