import HallyuCore
import HallyuStore
import Vapor

/// `/admin/kb/titles` and `/admin/kb/organizations`: list, add and correct, for editors.
struct EntryPagesController {
    enum Kind: String {
        case titles, organizations

        var heading: String { self == .titles ? "Titles" : "Organizations" }
        var listURL: String { NewsroomPaths.entries(rawValue) }
    }

    let kind: Kind

    func index(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let paging = try req.pageRequest()
        let editor = req.knowledgeEditor
        let rows: [AdminEntriesPage.Row]
        let pager: Pager
        switch kind {
        case .titles:
            let page = try await editor.titles(paging)
            rows = page.items.map {
                .init(
                    name: $0.name,
                    detail: [$0.kind.rawValue, $0.year.map(String.init)].compactMap { $0 }
                        .joined(separator: ", "), editURL: NewsroomPaths.entry(kind.rawValue, $0.slug))
            }
            pager = Pager(page, basePath: kind.listURL)
        case .organizations:
            let page = try await editor.organizations(paging)
            rows = page.items.map { .init(name: $0.name, detail: $0.kind.label, editURL: NewsroomPaths.entry(kind.rawValue, $0.slug)) }
            pager = Pager(page, basePath: kind.listURL)
        }
        return try await render(req, user, rows: rows, pager: pager)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        return try await form(req, user, slug: nil, status: .ok)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        let done = (try? req.query.get(String.self, at: "done")) == "saved"
        return try await form(req, user, slug: slug, status: .ok, notice: done ? "Saved." : nil)
    }

    /// Adds (no slug in the path) or corrects the entry.
    func save(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let slug = req.parameters.get("slug")
        let desk = KnowledgeDesk(request: req)
        do {
            let saved: EntityRef
            switch kind {
            case .titles:
                let form = (try? req.content.decode(EntryForms.TitleForm.self)) ?? .init()
                let title = try form.title()
                if let slug { saved = try await desk.update(title: slug, with: title).ref } else { saved = try await desk.create(title).ref }
            case .organizations:
                let form = (try? req.content.decode(EntryForms.OrganizationForm.self)) ?? .init()
                let organization = try form.organization()
                if let slug {
                    saved = try await desk.update(organization: slug, with: organization).ref
                } else {
                    saved = try await desk.create(organization).ref
                }
            }
            return req.redirect(to: NewsroomPaths.entry(kind.rawValue, saved.slug, done: "saved"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await form(req, user, slug: slug, status: refusal.status, problem: refusal.message, typed: true)
        }
    }

    struct CastForm: Content {
        var person: String?
        var characterName: String?
        var characterNativeName: String?
        var billing: String?
        /// A credit's id to remove instead.
        var remove: String?
    }

    /// Adds a role to the title in the path, or removes one.
    func cast(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let slug = try req.slug()
        let role = (try? req.content.decode(CastForm.self)) ?? CastForm()
        let desk = KnowledgeDesk(request: req)
        do {
            if let remove = role.remove, !remove.isEmpty {
                try await desk.removeCredit(id: remove)
            } else {
                let person = (role.person ?? "").split(separator: "/").last.map(String.init) ?? ""
                let credit = try KnowledgeInputs.CreditInput(
                    person: person, title: slug, characterName: role.characterName,
                    characterNativeName: role.characterNativeName, billing: role.billing,
                    order: nil
                ).credit()
                try await desk.add(credit)
            }
            return req.redirect(to: NewsroomPaths.entry(kind.rawValue, slug, done: "saved"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await form(req, user, slug: slug, status: refusal.status, problem: refusal.message)
        }
    }

    /// The form: filled from the stored entry, or (`typed`) with what was posted.
    private func form(
        _ req: Request, _ user: User, slug: String?, status: HTTPStatus, notice: String? = nil,
        problem: String? = nil, typed: Bool = false
    ) async throws -> Response {
        var fields: [NewsroomFormField]
        var name = "Add"
        var publicURL: String?
        switch kind {
        case .titles:
            var form = typed ? (try? req.content.decode(EntryForms.TitleForm.self)) ?? .init() : .init()
            if let slug, !typed {
                guard let title = try await req.knowledge.title(slug: slug) else { throw Abort(.notFound, reason: "There is no title \"\(slug)\".") }
                form = EntryForms.TitleForm(title)
            }
            if let slug, let title = try await req.knowledge.title(slug: slug) {
                name = title.name
                publicURL = Paths.of(title.ref, titleKind: title.kind)
            }
            fields = form.fields(isNew: slug == nil)
        case .organizations:
            var form = typed ? (try? req.content.decode(EntryForms.OrganizationForm.self)) ?? .init() : .init()
            if let slug, !typed {
                guard let organization = try await req.knowledge.organization(slug: slug) else {
                    throw Abort(.notFound, reason: "There is no organization \"\(slug)\".")
                }
                form = EntryForms.OrganizationForm(organization)
            }
            if let slug, let organization = try await req.knowledge.organization(slug: slug) {
                name = organization.name
                publicURL = Paths.of(organization.ref)
            }
            fields = form.fields(isNew: slug == nil)
        }
        let action = slug.map { NewsroomPaths.entry(kind.rawValue, $0) } ?? NewsroomPaths.newEntry(kind.rawValue)
        var cast: [AdminEntriesPage.Row] = []
        if kind == .titles, let slug, let title = try await req.knowledge.title(slug: slug) {
            cast = try await req.knowledge.credits(ofTitle: title).map { credit in
                AdminEntriesPage.Row(
                    name: credit.person.name,
                    detail: [credit.characterName, credit.billing.rawValue].compactMap { $0 }
                        .joined(separator: " · "), editURL: credit.id)
            }
        }
        return try await render(
            req, user, rows: [], pager: nil, formTitle: slug == nil ? "Add to \(kind.heading.lowercased())" : name,
            action: action, publicURL: publicURL, fields: fields, cast: cast,
            castAction: kind == .titles ? slug.map { NewsroomPaths.cast(ofTitle: $0) } : nil,
            notice: notice, problem: problem, status: status)
    }

    private func render(
        _ req: Request, _ user: User, rows: [AdminEntriesPage.Row], pager: Pager?, formTitle: String? = nil,
        action: String? = nil, publicURL: String? = nil, fields: [NewsroomFormField] = [],
        cast: [AdminEntriesPage.Row] = [], castAction: String? = nil,
        notice: String? = nil, problem: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let view = try await req.view.render(
            "admin/entries",
            AdminEntriesPage(
                meta: PageMeta(title: formTitle ?? kind.heading, description: "The knowledge base's \(kind.rawValue).", path: kind.listURL),
                frame: try await req.adminFrame(user, current: kind.listURL), heading: kind.heading, listURL: kind.listURL, rows: rows,
                pager: pager, formTitle: formTitle, action: action, publicURL: publicURL, fields: fields, cast: cast, castAction: castAction,
                notice: notice, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
