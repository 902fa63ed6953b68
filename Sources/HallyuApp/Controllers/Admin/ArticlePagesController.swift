import HallyuCore
import HallyuStore
import Vapor

/// `/admin/articles`: the list, the editor, saving and the workflow buttons. Everything works as
/// plain form posts; `editor.js` adds the live preview and autocomplete on top.
struct ArticlePagesController {
    func index(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let statusText = (try? req.query.get(String.self, at: "status")) ?? ""
        let status = ArticleStatus(rawValue: statusText)
        if !statusText.isEmpty && status == nil { throw Abort(.badRequest, reason: "There is no article state called \"\(statusText)\".") }
        // Writers see their own articles; editors everyone's, or their own when they ask.
        let onlyYours = !user.role.may(.editAnyArticle) || ((try? req.query.get(String.self, at: "mine")) == "1")
        let paging = try req.pageRequest()
        let page = try await req.articleDesk.list(status: status, authorID: onlyYours ? user.id : nil, paging)
        let formatting = req.formatting
        let mine = onlyYours && user.role.may(.editAnyArticle) ? "mine=1" : nil
        func url(_ status: ArticleStatus?) -> String {
            let query = [status.map { "status=\($0.rawValue)" }, mine].compactMap { $0 }
            return NewsroomPaths.articles + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        }
        let filters =
            [AdminArticlesPage.Filter(label: "All", url: url(nil), current: status == nil)]
            + ArticleStatus.allCases.map { AdminArticlesPage.Filter(label: $0.label, url: url($0), current: $0 == status) }
        let rows = page.items.map { row in
            let when: String =
                switch row.status {
                case .scheduled: row.scheduledAt.map { "for " + formatting.dayAndTime($0) } ?? ""
                case .published: row.publishedAt.map(formatting.dayAndTime) ?? ""
                default: row.updatedAt.map { "changed " + formatting.dayAndTime($0) } ?? ""
                }
            return AdminArticlesPage.Row(
                editURL: NewsroomPaths.article(row.id), title: row.title, status: row.status.rawValue,
                authors: row.authors.joined(separator: ", "), when: when)
        }
        let view = try await req.view.render(
            "admin/articles",
            AdminArticlesPage(
                meta: PageMeta(title: "Articles", description: "The newsroom's articles.", path: NewsroomPaths.articles),
                frame: try await req.adminFrame(user, current: NewsroomPaths.articles), filters: filters, rows: rows,
                pager: Pager(page, basePath: url(status)), onlyYours: onlyYours,
                draftSources: try await req.knowledgeEditor.couples(limit: 12).map {
                    AdminArticlesPage.Filter(label: $0.name, url: "couples/\($0.slug)", current: false)
                }))
        return try await view.encodeResponse(for: req)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        return try await EditorPageBuilder(req: req, user: user).render(entry: nil, form: ArticleForm())
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let entry = try await req.newsroomArticle(for: user, editing: false)
        let builder = EditorPageBuilder(req: req, user: user)
        let done = (try? req.query.get(String.self, at: "done")).flatMap(EditorPageBuilder.Done.init(rawValue:))
        return try await builder.render(
            entry: entry, form: try await builder.form(from: entry),
            notice: done.map { builder.notice($0, entry) })
    }

    /// Saves the form (new or existing), then takes the workflow step its button asked for.
    func save(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let entry: ArticleDesk.Entry? = req.parameters.get("id") == nil ? nil : try await req.newsroomArticle(for: user, editing: true)
        guard var form = try? req.content.decode(ArticleForm.self) else {
            throw Abort(.badRequest, reason: "Send the editor's form as the page makes it.")
        }
        let builder = EditorPageBuilder(req: req, user: user)
        form.body = (form.body ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        if let fixValue = form.fix, !fixValue.isEmpty {
            guard let fix = TextFix(formValue: fixValue), let fixed = fix.apply(to: form.body ?? "") else {
                return try await builder.render(
                    entry: entry, form: form, status: .conflict,
                    problem: "The text changed where that fix was to go; look at the warnings again.")
            }
            form.body = fixed
            form.fix = nil
        }
        let index = try await req.application.mentionIndexCache.index(on: req.db)
        let draft: ArticleDesk.Draft
        switch form.draft(index: index) {
        case .success(let value): draft = value
        case .failure(let problem): return try await builder.render(entry: entry, form: form, status: .badRequest, problem: problem.message)
        }
        let actionText = form.action ?? "save"
        let step = WorkflowStep(rawValue: actionText)
        if step == nil && actionText != "save" {
            return try await builder.render(entry: entry, form: form, status: .badRequest, problem: "There is no button called \"\(actionText)\".")
        }
        var scheduled: Date?
        if let step {
            let status = entry?.article.status ?? .draft
            guard user.role.may(step, from: status, isAuthor: entry?.isAuthor(user) ?? true) else {
                let reason =
                    step.starts.contains(status)
                    ? "Your role (\(user.role.rawValue)) may not do this: \(step.label.lowercased()). Nothing was saved."
                    : "A \(status.rawValue) article cannot be \(step.pastTense). Nothing was saved."
                return try await builder.render(
                    entry: entry, form: form, status: step.starts.contains(status) ? .forbidden : .conflict,
                    problem: reason)
            }
            if let problem = try await Self.readiness(for: step, draft: draft, at: form.at, req: req, scheduled: &scheduled) {
                return try await builder.render(entry: entry, form: form, status: .badRequest, problem: problem)
            }
        }
        let desk = req.articleDesk
        var saved: ArticleDesk.Entry
        do {
            if let entry {
                saved = try await desk.update(id: entry.article.id, with: draft, base: form.baseRevision, by: user)
            } else {
                saved = try await desk.create(draft, by: user)
            }
        } catch let conflict as ArticleDesk.Conflict {
            return try await builder.conflict(entry: entry, form: form, conflict)
        } catch let error as StoreError where error.status.code < 500 {
            return try await builder.render(entry: entry, form: form, status: error.status, problem: error.reason)
        }
        let publishing = try await ArticlePublishing(req)
        try await publishing.saved(saved, by: user, action: entry == nil ? "created article" : "saved article")
        if let step {
            do {
                saved = try await desk.take(step, id: saved.article.id, at: scheduled, now: req.now)
            } catch let error as StoreError where error.status.code < 500 {
                // Someone moved the article on between the save and the step; the save stands.
                return try await builder.render(
                    entry: saved, form: try await builder.form(from: saved), status: .conflict,
                    problem: "Saved, but " + error.message + ".")
            }
            try await publishing.stepped(saved, step, by: user, formatting: req.formatting)
        }
        let done = step.map { EditorPageBuilder.Done(rawValue: $0.rawValue) ?? .saved } ?? .saved
        return req.redirect(to: NewsroomPaths.article(saved.article.id, done: done.rawValue))
    }

    /// What keeps a story from going out: a schedule time that is missing, unreadable or past,
    /// and a hero image without its credit or alt text.
    static func readiness(
        for step: WorkflowStep, draft: ArticleDesk.Draft, at: String?, req: Request,
        scheduled: inout Date?
    ) async throws -> String? {
        guard step == .schedule || step == .publish else { return nil }
        if step == .schedule {
            let zone = req.application.config.timeZone
            guard let date = ScheduleTime.parse(local: at ?? "", in: zone) else {
                return "Give the date and time to publish at, in \(zone.identifier) time."
            }
            guard date > req.now else { return "That time (\(req.formatting.zonedTime(date))) has passed; choose a later one." }
            scheduled = date
        }
        if let heroID = draft.heroMediaID {
            let hero = try await req.mediaLibrary.item(id: heroID)?.media
            let problems = EditorChecks.heroProblems(hero)
            if !problems.isEmpty { return problems.joined(separator: " ") + " Describe it in the media library first; the story was not saved." }
        }
        if let problem = EditorChecks.offSitePictureProblem(in: draft.body) { return problem + " The story was not saved." }
        return nil
    }
}

extension ArticleStatus {
    var label: String {
        switch self {
        case .draft: "Drafts"
        case .review: "In review"
        case .scheduled: "Scheduled"
        case .published: "Published"
        case .unpublished: "Unpublished"
        }
    }
}
