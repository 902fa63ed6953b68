import HallyuCore
import HallyuStore
import Vapor

/// The write API for articles: `POST /api/v1/articles`, `PATCH /api/v1/articles/{slug}` and the
/// workflow steps. Writers work on their own drafts; editors on anything, and only they publish.
struct ArticleWriteAPIController {
    static let maxBodySize = 1_048_576

    /// Create: `title` and `body` required. Edit: only what is sent changes.
    struct ArticleInput: Content {
        var title: String?
        var slug: String?
        var dek: String?
        var body: String?
        var tags: [String]?
        var subjects: [KnowledgeInputs.SubjectInput]?
        var heroMediaId: String?
        /// Edit only: the revision the change was made from; a newer one on the server is a 409.
        var baseRevision: Int?
    }

    struct ScheduleInput: Content {
        var at: String?
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let input = try req.content.decode(ArticleInput.self)
        guard let title = input.title, let body = input.body else {
            throw Abort(.badRequest, reason: "A new article needs a title and a body (Markdown).")
        }
        let draft = ArticleDesk.Draft(
            title: title, slug: input.slug, dek: input.dek ?? "", body: body, heroMediaID: input.heroMediaId,
            tags: input.tags ?? [], subjects: try Self.subjects(input.subjects ?? []))
        try Self.check(draft)
        let entry = try await req.articleDesk.create(draft, by: user)
        try await ArticlePublishing(req).saved(entry, by: user, action: "created article")
        return try await NewsroomArticleDTO(entry, on: req).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> NewsroomArticleDTO {
        let user = try req.require(.writeDrafts)
        let entry = try await Self.entry(req, user, editing: true)
        let input = try req.content.decode(ArticleInput.self)
        let article = entry.article
        let draft = ArticleDesk.Draft(
            title: input.title ?? article.title, slug: input.slug ?? article.slug, dek: input.dek ?? article.dek,
            body: input.body ?? article.body, heroMediaID: input.heroMediaId ?? article.hero?.id,
            tags: input.tags ?? article.tags.map(\.name),
            subjects: try input.subjects.map(Self.subjects) ?? article.subjects)
        try Self.check(draft)
        let saved: ArticleDesk.Entry
        do {
            saved = try await req.articleDesk.update(
                id: article.id, with: draft, base: input.baseRevision ?? entry.revision,
                by: user)
        } catch let conflict as ArticleDesk.Conflict {
            throw Abort(
                .conflict,
                reason:
                    "Revision \(conflict.current) was saved after revision \(conflict.yours), which this change was made from; see /admin/articles/\(article.id)/revisions/diff?from=\(conflict.yours)&to=\(conflict.current), then send baseRevision \(conflict.current) to replace it."
            )
        }
        try await ArticlePublishing(req).saved(saved, by: user, action: "saved article")
        return NewsroomArticleDTO(saved, on: req)
    }

    func step(_ step: WorkflowStep) -> @Sendable (Request) async throws -> NewsroomArticleDTO {
        { req in
            let user = try req.require(.writeDrafts)
            let entry = try await Self.entry(req, user, editing: false)
            let status = entry.article.status
            guard step.starts.contains(status) else {
                throw Abort(.conflict, reason: "A \(status.rawValue) article cannot be \(step.pastTense).")
            }
            guard user.role.may(step, from: status, isAuthor: entry.isAuthor(user)) else {
                throw Abort(.forbidden, reason: "Your role (\(user.role.rawValue)) may not do this: \(step.label.lowercased()).")
            }
            var at: Date?
            if step == .schedule {
                let text = try req.content.decode(ScheduleInput.self).at ?? ""
                guard let date = ScheduleTime.parse(iso: text) else {
                    throw Abort(
                        .badRequest, reason: "at must be an ISO 8601 time with its UTC offset, such as 2026-12-01T09:00:00+09:00; \"\(text)\" is not."
                    )
                }
                guard date > req.now else { throw Abort(.badRequest, reason: "\(text) has passed; schedule a later time.") }
                at = date
            }
            if step == .schedule || step == .publish {
                let problems = EditorChecks.heroProblems(entry.article.hero)
                if !problems.isEmpty { throw Abort(.conflict, reason: problems.joined(separator: " ") + " Describe it first (POST /api/v1/media).") }
                if let problem = EditorChecks.offSitePictureProblem(in: entry.article.body) {
                    throw Abort(
                        .conflict, reason: problem.replacingOccurrences(of: "the media library", with: "the media library (POST /api/v1/media)"))
                }
            }
            let moved = try await req.articleDesk.take(step, id: entry.article.id, at: at, now: req.now)
            try await ArticlePublishing(req).stepped(moved, step, by: user, formatting: req.formatting)
            return NewsroomArticleDTO(moved, on: req)
        }
    }

    /// The article named by the path's slug, in any state, when the account may work on it;
    /// another writer's article is refused without showing any of it.
    private static func entry(_ req: Request, _ user: User, editing: Bool) async throws -> ArticleDesk.Entry {
        let slug = try req.slug()
        let desk = req.articleDesk
        guard let id = try await desk.id(slug: slug), let entry = try await desk.entry(id: id) else {
            throw Abort(.notFound, reason: "There is no article with the slug \"\(slug)\".")
        }
        if user.role.may(.editAnyArticle) { return entry }
        guard entry.isAuthor(user) else {
            throw Abort(.forbidden, reason: "This is another writer's article; your role (\(user.role.rawValue)) may not work on it.")
        }
        if editing && !user.role.mayEdit(article: entry.article.status, isAuthor: true) {
            throw Abort(.forbidden, reason: "This article is \(entry.article.status.rawValue); only an editor can change it now.")
        }
        return entry
    }

    private static func subjects(_ inputs: [KnowledgeInputs.SubjectInput]) throws -> [EntityRef] {
        try inputs.map { input in
            guard let kind = EntityKind(rawValue: input.kind) else {
                throw Abort(.badRequest, reason: "\"\(input.kind)\" is not a kind; a subject is a person, title, organization or couple.")
            }
            return EntityRef(kind: kind, slug: input.slug, name: input.slug)
        }
    }

    private static func check(_ draft: ArticleDesk.Draft) throws {
        if draft.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw Abort(.badRequest, reason: "The title is empty.") }
        if draft.title.count > 300 { throw Abort(.badRequest, reason: "The title may be at most 300 characters.") }
        if draft.dek.count > 1000 { throw Abort(.badRequest, reason: "The dek may be at most 1,000 characters.") }
        if draft.tags.count > 30 { throw Abort(.badRequest, reason: "An article may have at most 30 tags.") }
    }
}
