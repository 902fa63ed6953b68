import HallyuCore
import HallyuStore
import Vapor

/// `/admin/articles/{id}/revisions`: every saved version, a line-level comparison of any two,
/// and restoring one (which saves it again as the newest revision; nothing is lost).
struct RevisionPagesController {
    struct RestoreForm: Content {
        var base: String?
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let entry = try await req.newsroomArticle(for: user, editing: false)
        let revisions = try await req.articleDesk.revisions(of: entry.article.id)
        let formatting = req.formatting
        let id = entry.article.id
        let rows = revisions.map { revision in
            AdminRevisionsPage.Row(
                number: revision.number, savedAt: revision.savedAt.map(formatting.dayAndTime) ?? "",
                savedBy: revision.savedBy.isEmpty ? "the system" : revision.savedBy, note: revision.note,
                isCurrent: revision.number == entry.revision,
                compareURL: revision.number == entry.revision
                    ? nil
                    : NewsroomPaths.diff(ofArticle: id, from: revision.number, to: entry.revision))
        }
        let view = try await req.view.render(
            "admin/revisions",
            AdminRevisionsPage(
                meta: PageMeta(title: "Revisions: \(entry.article.title)", description: "Revisions.", path: NewsroomPaths.revisions(ofArticle: id)),
                frame: try await req.adminFrame(user, current: NewsroomPaths.articles), title: entry.article.title,
                editURL: NewsroomPaths.article(id), restoreBase: NewsroomPaths.revisions(ofArticle: id), current: entry.revision, rows: rows,
                canRestore: user.role.mayEdit(article: entry.article.status, isAuthor: entry.isAuthor(user))))
        return try await view.encodeResponse(for: req)
    }

    func diff(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        let entry = try await req.newsroomArticle(for: user, editing: false)
        guard let from = try? req.query.get(Int.self, at: "from"), let to = try? req.query.get(Int.self, at: "to") else {
            throw Abort(.badRequest, reason: "Say which revisions to compare: ?from=1&to=2.")
        }
        let desk = req.articleDesk
        guard let old = try await desk.revision(of: entry.article.id, number: from),
            let new = try await desk.revision(of: entry.article.id, number: to)
        else {
            throw Abort(.notFound, reason: "The article has no revision \(from) or no revision \(to).")
        }
        let diff = LineDiff(old: old.comparableText, new: new.comparableText)
        let lines = diff.hunks(context: 3).map { line -> AdminDiffPage.Line in
            guard let line else { return AdminDiffPage.Line(kind: "gap", sign: "", text: "⋯", oldNumber: "", newNumber: "", gap: true) }
            return AdminDiffPage.Line(
                kind: line.kind.rawValue, sign: line.kind == .added ? "+" : line.kind == .removed ? "−" : " ",
                text: line.text, oldNumber: line.oldNumber.map(String.init) ?? "",
                newNumber: line.newNumber.map(String.init) ?? "", gap: false)
        }
        let id = entry.article.id
        let view = try await req.view.render(
            "admin/diff",
            AdminDiffPage(
                meta: PageMeta(
                    title: "Revision \(from) → \(to)", description: "Changes between revisions.",
                    path: NewsroomPaths.diff(ofArticle: id)),
                frame: try await req.adminFrame(user, current: NewsroomPaths.articles), title: entry.article.title, from: from, to: to,
                added: diff.added, removed: diff.removed, lines: lines, revisionsURL: NewsroomPaths.revisions(ofArticle: id),
                editURL: NewsroomPaths.article(id)))
        return try await view.encodeResponse(for: req)
    }

    func restore(req: Request) async throws -> Response {
        let user = try req.require(.writeDrafts)
        try await CSRF.verify(req)
        let entry = try await req.newsroomArticle(for: user, editing: true)
        guard let number = req.parameters.get("number", as: Int.self) else { throw Abort(.notFound, reason: "There is no such revision.") }
        guard let base = (try? req.content.decode(RestoreForm.self)).flatMap({ $0.base }).flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Restore from the revisions page, which says which revision you are looking at.")
        }
        let restored: ArticleDesk.Entry
        do {
            restored = try await req.articleDesk.restore(id: entry.article.id, number: number, base: base, by: user)
        } catch let conflict as ArticleDesk.Conflict {
            throw Abort(.conflict, reason: "Someone saved revision \(conflict.current) since you opened this page; reload it and choose again.")
        }
        try await ArticlePublishing(req).saved(restored, by: user, action: "restored revision \(number)")
        return req.redirect(to: NewsroomPaths.article(restored.article.id, done: "restored"))
    }
}
