import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/redirects`: the old addresses the site answers with a redirect — those an import
/// brought, those an editor added, and pages renamed here — with how often each is still used;
/// editors and admins add, change and delete them, one at a time or from CSV. Redirects are
/// decided before the page cache, so no cached page changes with them.
struct RedirectsController {
    struct EntryForm: Content {
        var from: String?
        var to: String?
        var status: String?
    }

    struct CSVForm: Content {
        var csv: String?
    }

    static let perPage = 50
    /// A paste bigger than this is a file gone wrong; the import command takes whole sites.
    static let maximumRules = 10_000

    func index(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "added": "The redirect is added."
            case "saved": "The redirect is saved."
            case "deleted": "The redirect is deleted."
            case let done? where done.hasPrefix("imported-"):
                "Imported: \(done.dropFirst(9).replacingOccurrences(of: "-", with: " added, ")) changed."
            default: nil
            }
        return try await list(req, user, notice: notice, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        try await CSRF.verify(req)
        req.announceNothingPublic()
        let form = try req.content.decode(EntryForm.self)
        let typed = AdminRedirectsPage.Typed(from: form.from ?? "", to: form.to ?? "", status: form.status ?? "301")
        do {
            let rule = try RedirectRule.make(from: typed.from, to: typed.to, status: typed.status).mapError(Self.refusal).get()
            let entry = try await Redirects(database: req.db).add(rule)
            try await req.auditLog.record(user, "added redirect", kind: "redirect", id: entry.path, summary: Self.describe(rule), at: req.now)
            return req.redirect(to: NewsroomPaths.redirects(search: "", done: "added"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await list(req, user, problem: refusal.message, typed: typed, status: refusal.status)
        }
    }

    func importCSV(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        try await CSRF.verify(req)
        req.announceNothingPublic()
        let csv = try req.content.decode(CSVForm.self).csv ?? ""
        let (rules, problems) = RedirectRule.parse(csv: csv)
        guard problems.isEmpty, !rules.isEmpty, rules.count <= Self.maximumRules else {
            let problem =
                !problems.isEmpty
                ? "Nothing was imported: \(counted(problems.count, "line")) cannot be read."
                : rules.isEmpty
                    ? "Paste lines of old address, new address and, if not 301, a status."
                    : "At most \(Self.maximumRules) redirects at a time; this has \(rules.count)."
            return try await list(req, user, problem: problem, csv: csv, csvProblems: Array(problems.prefix(50)), status: .badRequest)
        }
        let (added, changed) = try await Redirects(database: req.db).save(rules, origin: Redirects.manual)
        try await req.auditLog.record(
            user, "imported redirects", kind: "redirect", id: "csv", summary: "\(rules.count) lines: \(added) added, \(changed) changed",
            at: req.now)
        return req.redirect(to: NewsroomPaths.redirects(search: "", done: "imported-\(added)-\(changed)"))
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        let entry = try await Self.entry(req)
        return try await form(
            req, user, entry, typed: .init(from: entry.path, to: entry.target, status: "\(entry.status)"), problem: nil, status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        try await CSRF.verify(req)
        req.announceNothingPublic()
        let entry = try await Self.entry(req)
        let form = try req.content.decode(EntryForm.self)
        let typed = AdminRedirectsPage.Typed(from: form.from ?? "", to: form.to ?? "", status: form.status ?? "301")
        do {
            let rule = try RedirectRule.make(from: typed.from, to: typed.to, status: typed.status).mapError(Self.refusal).get()
            _ = try await Redirects(database: req.db).update(id: entry.id, to: rule)
            try await req.auditLog.record(
                user, "changed redirect", kind: "redirect", id: rule.path,
                summary: "was \(entry.path) → \(entry.target) (\(entry.status)); now "
                    + Self.describe(rule), at: req.now)
            return req.redirect(to: NewsroomPaths.redirects(search: "", done: "saved"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await self.form(req, user, entry, typed: typed, problem: refusal.message, status: refusal.status)
        }
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.require(.manageRedirects)
        try await CSRF.verify(req)
        req.announceNothingPublic()
        let entry = try await Self.entry(req)
        _ = try await Redirects(database: req.db).delete(id: entry.id)
        try await req.auditLog.record(
            user, "deleted redirect", kind: "redirect", id: entry.path, summary: "\(entry.path) → \(entry.target) (\(entry.status))",
            at: req.now)
        return req.redirect(to: NewsroomPaths.redirects(search: "", done: "deleted"))
    }

    // MARK: Pages

    private func list(
        _ req: Request, _ user: User, notice: String? = nil, problem: String? = nil, typed: AdminRedirectsPage.Typed = .init(),
        csv: String = "", csvProblems: [String] = [], status: HTTPStatus
    ) async throws -> Response {
        let search = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let redirects = Redirects(database: req.db)
        let page = try await redirects.list(search: search, try req.pageRequest(defaultPer: Self.perPage))
        let renamed = try await redirects.renamed(limit: 200)
        let formatting = req.formatting
        let view = AdminRedirectsPage(
            meta: PageMeta(title: "Redirects", description: "Old addresses and where they lead.", path: NewsroomPaths.redirects),
            frame: try await req.adminFrame(user, current: NewsroomPaths.redirects), notice: notice, problem: problem,
            search: search, total: page.total, rows: page.items.map { .init($0, formatting: formatting) },
            pager: Pager(page, basePath: NewsroomPaths.redirects(search: search), defaultPer: Self.perPage), typed: typed, csv: csv,
            csvProblems: csvProblems,
            renamed: renamed.items.map { .init(from: Paths.of($0.kind, $0.oldSlug), to: Paths.of($0.current)) },
            renamedTotal: renamed.total)
        return try await req.view.render("admin/redirects", view).encodeResponse(status: status, for: req)
    }

    private func form(
        _ req: Request, _ user: User, _ entry: Redirects.Entry, typed: AdminRedirectsPage.Typed, problem: String?, status: HTTPStatus
    ) async throws -> Response {
        let view = AdminRedirectPage(
            meta: PageMeta(
                title: "Redirect \(entry.path)", description: "Change where an old address leads.", path: NewsroomPaths.redirect(entry.id)),
            frame: try await req.adminFrame(user, current: NewsroomPaths.redirects), problem: problem,
            action: NewsroomPaths.redirect(entry.id), deleteAction: NewsroomPaths.redirect(entry.id) + "/delete", typed: typed,
            hits: entry.hits, lastHit: entry.lastHitAt.map(req.formatting.dayAndTime) ?? "never",
            origin: entry.origin == Redirects.imported ? "imported" : "added here")
        return try await req.view.render("admin/redirect", view).encodeResponse(status: status, for: req)
    }

    private static func entry(_ req: Request) async throws -> Redirects.Entry {
        guard let id = req.parameters.get("id"), let entry = try await Redirects(database: req.db).entry(id: id) else {
            throw Abort(.notFound, reason: "There is no such redirect; it may have been deleted.")
        }
        return entry
    }

    private static func refusal(_ problem: RedirectProblem) -> Abort { Abort(.badRequest, reason: problem.message) }

    private static func describe(_ rule: RedirectRule) -> String {
        rule.status == 410 ? "\(rule.path) gone (410)" : "\(rule.path) → \(rule.target) (\(rule.status))"
    }
}
