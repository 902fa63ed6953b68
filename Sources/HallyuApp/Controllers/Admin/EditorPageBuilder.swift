import HallyuCore
import HallyuStore
import Vapor

/// Builds the editor page from a form, stored or as typed: the preview readers would see, the
/// side panel's names and warnings (with their one-click fixes), the pickers and the buttons
/// the account's role opens.
struct EditorPageBuilder {
    let req: Request
    let user: User

    /// What the last post did, shown once after the redirect.
    enum Done: String {
        case saved, submit, draft, schedule, publish, unpublish, restored
    }

    func notice(_ done: Done, _ entry: ArticleDesk.Entry) -> String {
        switch done {
        case .saved: "Saved as revision \(entry.revision)."
        case .submit: "Submitted for review."
        case .draft: "Back to draft."
        case .schedule: entry.scheduledAt.map { "Scheduled for \(req.formatting.zonedTime($0))." } ?? "Scheduled."
        case .publish: "Published."
        case .unpublish: "Unpublished: readers no longer see it."
        case .restored: "Restored as revision \(entry.revision)."
        }
    }

    func form(from entry: ArticleDesk.Entry) async throws -> ArticleForm {
        let kinds = try await req.knowledge.titleKinds(slugs: entry.article.subjects.filter { $0.kind == .title }.map(\.slug))
        return ArticleForm(entry, titleKinds: kinds, zone: req.application.config.timeZone)
    }

    /// The form sent back after someone else saved first: what was typed stays, and saving
    /// again replaces their version, knowingly.
    func conflict(entry: ArticleDesk.Entry?, form: ArticleForm, _ conflict: ArticleDesk.Conflict) async throws -> Response {
        var form = form
        form.base = String(conflict.current)
        let id = entry?.article.id ?? ""
        return try await render(
            entry: entry, form: form, status: .conflict,
            problem:
                "Someone saved this article (revision \(conflict.current)) after you opened revision \(conflict.yours). Your version is below, not saved; saving again replaces theirs.",
            conflict: AdminEditorPage.Conflict(
                current: conflict.current, yours: conflict.yours,
                diffURL: NewsroomPaths.diff(ofArticle: id, from: conflict.yours, to: conflict.current)))
    }

    func render(
        entry: ArticleDesk.Entry?, form: ArticleForm, status: HTTPStatus = .ok, notice: String? = nil,
        problem: String? = nil, conflict: AdminEditorPage.Conflict? = nil
    ) async throws -> Response {
        let index = try await req.application.mentionIndexCache.index(on: req.db)
        let body = form.body ?? ""
        let library = req.mediaLibrary
        let hero = try await (form.hero ?? "").isEmpty ? nil : library.item(id: form.hero ?? "")?.media
        let subjects = (try? SubjectField.parse(form.subjects ?? "", index: index).get()) ?? []
        let preview = try await req.bodyRenderer().render(body, subjects: subjects)
        let analysis = EditorAnalysis(article: body, hero: hero, index: index)
        let articleStatus = entry?.article.status ?? .draft
        let isAuthor = entry?.isAuthor(user) ?? true
        let readOnly = !user.role.mayEdit(article: articleStatus, isAuthor: isAuthor)
        var heroOptions = [AdminEditorPage.Option(value: "", label: "No hero image", selected: hero == nil)]
        var recent = try await library.list(query: "", Paging(page: 1, per: 100)).items.map(\.media)
        if let hero, !recent.contains(where: { $0.id == hero.id }) { recent.insert(hero, at: 0) }
        heroOptions += recent.map { media in
            AdminEditorPage.Option(value: media.id, label: Self.describe(media), selected: media.id == hero?.id)
        }
        let pictureOptions = recent.filter { $0.kind == .image }.map { media in
            AdminEditorPage.Option(value: media.markdownPicture, label: Self.describe(media), selected: false)
        }
        let kinds = try await req.knowledge.titleKinds(slugs: analysis.mentions.filter { $0.entity.kind == .title }.map(\.entity.slug))
        var seen = Set<String>()
        let mentions = analysis.mentions.compactMap { mention -> AdminEditorPage.Mention? in
            let url = mention.entity.kind == .character ? "" : Paths.of(mention.entity, titleKind: kinds[mention.entity.slug])
            guard seen.insert("\(mention.entity.kind)/\(mention.entity.slug)").inserted else { return nil }
            return AdminEditorPage.Mention(name: mention.entity.name, url: url, kind: mention.entity.kind.rawValue)
        }
        let id = entry?.article.id
        let page = AdminEditorPage(
            meta: PageMeta(
                title: entry.map { "Edit: \($0.article.title)" } ?? "New article", description: "The article editor.",
                path: id.map { NewsroomPaths.article($0) } ?? NewsroomPaths.newArticle),
            frame: try await req.adminFrame(user, current: NewsroomPaths.articles),
            action: id.map { NewsroomPaths.article($0) } ?? NewsroomPaths.newArticle,
            isNew: entry == nil, form: form, status: articleStatus.rawValue, readOnly: readOnly,
            steps: readOnly
                ? []
                : user.role.steps(from: articleStatus, isAuthor: isAuthor).map {
                    AdminEditorPage.Option(value: $0.rawValue, label: $0.label, selected: false)
                },
            zone: req.application.config.timeZone.identifier, mayCreatePeople: user.role.may(.editKnowledge),
            scheduledFor: entry?.scheduledAt.map(req.formatting.zonedTime),
            previewHTML: preview.html,
            warnings: analysis.warnings.map { Self.warning($0, mayCreate: user.role.may(.editKnowledge)) }, mentions: mentions,
            heroOptions: heroOptions, pictureOptions: pictureOptions, hero: ImageView(hero),
            tagNames: try await req.articleDesk.tagNames(limit: 500),
            notice: notice, problem: problem, conflict: conflict,
            revisionsURL: id.map { NewsroomPaths.revisions(ofArticle: $0) },
            publicURL: articleStatus == .published ? entry.map { Paths.article($0.article.slug) } : nil,
            discussion: try await discussion(articleID: id))
        return try await req.view.render("admin/editor", page).encodeResponse(status: status, for: req)
    }

    private func discussion(articleID: String?) async throws -> AdminEditorPage.Discussion? {
        guard let articleID, user.role.may(.moderate),
            let state = try await req.comments.discussion(articleID: articleID)
        else { return nil }
        return AdminEditorPage.Discussion(
            open: state.open, approved: state.approved, held: state.held,
            action: NewsroomPaths.comments(onArticle: articleID))
    }

    /// A warning with the buttons that fix it: each suggested spelling for a misspelling, a
    /// link to the one meant for an ambiguous name.
    static func warning(_ warning: EditorAnalysis.Warning, mayCreate: Bool) -> AdminEditorPage.Warning {
        var fixes: [AdminEditorPage.Fix] = []
        switch warning.kind {
        case "misspelling":
            fixes = warning.suggestions.map { suggestion in
                AdminEditorPage.Fix(
                    label: "Use \(suggestion.name)",
                    value: TextFix(
                        utf8Start: warning.utf8Start, utf8End: warning.utf8End, expected: warning.text,
                        replacement: suggestion.name
                    ).formValue)
            }
        case "ambiguous":
            fixes = warning.suggestions.map { suggestion in
                AdminEditorPage.Fix(
                    label: "Link \(suggestion.name)",
                    value: TextFix(
                        utf8Start: warning.utf8Start, utf8End: warning.utf8End, expected: warning.text,
                        replacement: "[[\(suggestion.name)|\(warning.text)]]"
                    ).formValue)
            }
        default:
            break
        }
        let create =
            warning.kind == "unknown" && mayCreate
            ? NewsroomPaths.newPerson(named: warning.text) : nil
        return AdminEditorPage.Warning(kind: warning.kind, message: warning.message, text: warning.text, fixes: fixes, createURL: create)
    }

    /// How an image is named in the hero picker: its alt text, else its file, with its size.
    static func describe(_ media: Media) -> String {
        let words = media.alt.isEmpty ? media.fileName : media.alt
        let short = words.count > 60 ? String(words.prefix(59)) + "…" : words
        return "\(short) (\(media.width)×\(media.height))"
    }
}
