import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/polls`: every poll with its results; a form to put a new one on an article or a
/// couple's page; closing and deleting.
struct PollPagesController {
    struct Form: Content {
        var question: String?
        /// One option per line.
        var options: String?
        var page: String?
        var slug: String?
        var closesAt: String?
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.moderate)
        return try await page(req, user, form: Form(page: "article"), problem: nil, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.moderate)
        try await CSRF.verify(req)
        let form = try req.content.decode(Form.self)
        do {
            var closesAt: Date?
            if let text = form.closesAt?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                let zone = req.application.config.timeZone
                guard let date = ScheduleTime.parse(local: text, in: zone) else {
                    throw Abort(.badRequest, reason: "Give the closing time as a date and time in \(zone.identifier) time.")
                }
                closesAt = date
            }
            let slug = form.slug ?? ""
            let onCouple = form.page == "couple"
            _ = try await PollDesk(request: req).create(
                question: form.question ?? "", options: EntryForms.lines(form.options ?? ""),
                article: onCouple ? nil : slug, couple: onCouple ? slug : nil, closesAt: closesAt)
        } catch let refusal as any AbortError where refusal.status.code < 500 {
            return try await page(req, user, form: form, problem: refusal.reason, status: refusal.status)
        }
        return req.redirect(to: NewsroomPaths.polls(done: "created"))
    }

    func close(req: Request) async throws -> Response {
        try req.require(.moderate)
        try await CSRF.verify(req)
        try await PollDesk(request: req).close(id: req.parameters.get("id") ?? "")
        return req.redirect(to: NewsroomPaths.polls(done: "closed"))
    }

    func delete(req: Request) async throws -> Response {
        try req.require(.moderate)
        try await CSRF.verify(req)
        try await PollDesk(request: req).delete(id: req.parameters.get("id") ?? "")
        return req.redirect(to: NewsroomPaths.polls(done: "deleted"))
    }

    /// The newest stories and the couples, so the slug need not be looked up elsewhere.
    private func suggestions(_ req: Request) async throws -> [AdminPollsPage.Suggestion] {
        let stories = try await req.articles.latest(Paging(page: 1, per: 30)).items.map {
            AdminPollsPage.Suggestion(slug: $0.slug, label: "Article: \($0.title)")
        }
        let couples = try await req.knowledgeEditor.couples(limit: 200).map {
            AdminPollsPage.Suggestion(slug: $0.slug, label: "Couple: \($0.name)")
        }
        return stories + couples
    }

    private func page(_ req: Request, _ user: User, form: Form, problem: String?, status: HTTPStatus) async throws -> Response {
        let paging = try req.pageRequest()
        let polls = try await req.polls.list(paging)
        let now = req.now
        let formatting = req.formatting
        let done: String? =
            switch req.query[String.self, at: "done"] {
            case "created": "The poll is up."
            case "closed": "The poll is closed; its results are final."
            case "deleted": "The poll and its votes are deleted."
            default: nil
            }
        let view = AdminPollsPage(
            meta: PageMeta(title: "Polls", description: "Reader polls.", path: NewsroomPaths.polls),
            frame: try await req.adminFrame(user, current: NewsroomPaths.polls),
            polls: polls.items.map { AdminPollsPage.Row($0, now: now, formatting: formatting) },
            suggestions: try await suggestions(req),
            question: form.question ?? "", options: form.options ?? "", onCouple: form.page == "couple", slug: form.slug ?? "",
            closesAt: form.closesAt ?? "", timeZone: req.application.config.timeZone.identifier,
            problem: problem, notice: done, pager: Pager(polls, basePath: NewsroomPaths.polls))
        return try await req.view.render("admin/polls", view).encodeResponse(status: status, for: req)
    }
}
