import Fluent
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/kb/people`: find, add and correct people, and merge a duplicate into the original.
struct PersonPagesController {
    struct MergeForm: Content {
        var into: String?
    }

    /// A quote by this person: what it is about, one per line as the editor's subjects field.
    struct QuoteForm: Content {
        var text: String?
        var kind: String?
        var about: String?
        var date: String?
        var sourceArticle: String?
        var sourceUrl: String?
        /// A quote's id to remove instead.
        var remove: String?
    }

    /// Adds a quote by the person in the path, or removes one of theirs.
    func quote(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let person = try await req.pathPerson()
        let form = (try? req.content.decode(QuoteForm.self)) ?? QuoteForm()
        let desk = KnowledgeDesk(request: req)
        do {
            if let remove = form.remove, !remove.isEmpty {
                try await desk.removeQuote(id: remove)
                return req.redirect(to: NewsroomPaths.person(person.slug, done: "saved"))
            }
            let index = try await req.application.mentionIndexCache.index(on: req.db)
            let about: [EntityRef]
            switch SubjectField.parse(form.about ?? "", index: index) {
            case .success(let refs): about = refs
            case .failure(let problem): throw Abort(.badRequest, reason: problem.message)
            }
            let quote = try KnowledgeInputs.QuoteInput(
                text: form.text, kind: form.kind, speaker: person.slug,
                about: about.map { .init(kind: $0.kind.rawValue, slug: $0.slug) }, sourceArticle: form.sourceArticle,
                sourceUrl: form.sourceUrl, date: form.date, context: nil
            ).quote()
            try await desk.add(quote)
            return req.redirect(to: NewsroomPaths.person(person.slug, done: "saved"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await page(
                req, user, person: person, form: PersonForm(person), status: refusal.status, problem: refusal.message,
                typedQuote: form)
        }
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let query = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let paging = try req.pageRequest()
        let people: Paged<Person>
        if query.isEmpty {
            people = try await req.knowledgeEditor.people(paging)
        } else {
            // The name index finds every spelling, Hangul and near misses.
            let index = try await req.application.mentionIndexCache.index(on: req.db)
            let slugs = index.entities(matching: query, limit: 20).filter { $0.kind == .person }.map(\.slug)
            var found: [Person] = []
            for slug in slugs { if let person = try await req.knowledge.person(slug: slug) { found.append(person) } }
            people = Paged(items: found, page: 1, per: max(found.count, 1), total: found.count)
        }
        let base = NewsroomPaths.people(search: query)
        let view = try await req.view.render(
            "admin/people",
            AdminPeoplePage(
                meta: PageMeta(title: "People", description: "The knowledge base's people.", path: NewsroomPaths.people),
                frame: try await req.adminFrame(user, current: NewsroomPaths.people), query: query,
                duplicates: try await MergeCandidates(database: req.db).openCount(),
                people: people.items.map { person in
                    AdminPeoplePage.Row(
                        name: person.name, nativeName: person.nativeName, publicURL: Paths.of(person.ref),
                        editURL: NewsroomPaths.person(person.slug))
                },
                pager: Pager(people, basePath: base)))
        return try await view.encodeResponse(for: req)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        var form = PersonForm()
        form.name = try? req.query.get(String.self, at: "name")
        return try await page(req, user, person: nil, form: form, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let form = (try? req.content.decode(PersonForm.self)) ?? PersonForm()
        let person: Person
        switch form.person() {
        case .failure(let abort): return try await page(req, user, person: nil, form: form, status: abort.status, problem: abort.reason)
        case .success(let value): person = value
        }
        do {
            let created = try await KnowledgeDesk(request: req).create(person)
            return req.redirect(to: NewsroomPaths.person(created.slug, done: "created"))
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, person: nil, form: form, status: error.status, problem: error.reason)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let person = try await req.pathPerson()
        let done = try? req.query.get(String.self, at: "done")
        let notice: String? =
            switch done {
            case "created": "Added \(person.name). Articles naming them link to their page from now on."
            case "saved": "Saved."
            case "merged": "Merged. The duplicate's address now leads here."
            default: nil
            }
        return try await page(req, user, person: person, form: PersonForm(person), status: .ok, notice: notice)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let current = try await req.pathPerson()
        let form = (try? req.content.decode(PersonForm.self)) ?? PersonForm()
        let person: Person
        switch form.person() {
        case .failure(let abort): return try await page(req, user, person: current, form: form, status: abort.status, problem: abort.reason)
        case .success(let value): person = value
        }
        do {
            let saved = try await KnowledgeDesk(request: req).update(person: current.slug, with: person)
            return req.redirect(to: NewsroomPaths.person(saved.slug, done: "saved"))
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, person: current, form: form, status: error.status, problem: error.reason)
        }
    }

    /// Merges the person in the path into the one named in the form.
    func merge(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let duplicate = try await req.pathPerson()
        let into = ((try? req.content.decode(MergeForm.self))?.into ?? "").trimmingCharacters(in: .whitespaces)
        let target = into.split(separator: "/").last.map(String.init) ?? ""
        do {
            let kept = try await KnowledgeDesk(request: req).merge(person: duplicate, into: target)
            return req.redirect(to: NewsroomPaths.person(kept.slug, done: "merged"))
        } catch let error as StoreError where error.status.code < 500 {
            let problem = target.isEmpty ? "Give the slug of the person to keep, such as han-so-hee." : error.reason
            return try await page(
                req, user, person: duplicate, form: PersonForm(duplicate), status: target.isEmpty ? .badRequest : error.status,
                problem: problem)
        }
    }

    private func page(
        _ req: Request, _ user: User, person: Person?, form: PersonForm, status: HTTPStatus,
        notice: String? = nil, problem: String? = nil, typedQuote: QuoteForm? = nil
    ) async throws -> Response {
        let path = person.map { NewsroomPaths.person($0.slug) } ?? NewsroomPaths.newPerson
        var quotes: [NewsroomQuoteLine] = []
        if let person { quotes = try await req.knowledge.quotes(by: person).map(NewsroomQuoteLine.init) }
        let view = try await req.view.render(
            "admin/person",
            AdminPersonPage(
                meta: PageMeta(title: person.map { "Edit: \($0.name)" } ?? "New person", description: "A person in the knowledge base.", path: path),
                frame: try await req.adminFrame(user, current: NewsroomPaths.people), isNew: person == nil, action: path, form: form,
                fields: form.fields(isNew: person == nil),
                publicURL: person.map { Paths.of($0.ref) }, mergeAction: person.map { NewsroomPaths.merge(person: $0.slug) },
                quotes: quotes, quoteAction: person.map { NewsroomPaths.quotes(ofPerson: $0.slug) }, typedQuote: typedQuote,
                notice: notice, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
