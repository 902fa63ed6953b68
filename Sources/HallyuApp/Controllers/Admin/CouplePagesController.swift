import HallyuCore
import HallyuStore
import Vapor

/// `/admin/kb/couples`: every couple, and for one the sourced record with forms to add a status
/// entry or a quote (each refused without a source).
struct CouplePagesController {
    /// A quote by one of the two about the other, as the couple page's form sends it.
    struct QuoteForm: Content {
        var speaker: String?
        var text: String?
        var kind: String?
        var date: String?
        var sourceArticle: String?
        var sourceUrl: String?
        var context: String?
    }

    func index(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        return try await page(req, user, couple: nil)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let done = try? req.query.get(String.self, at: "done")
        return try await page(
            req, user, couple: try await Self.couple(req),
            notice: [
                "status": "Added the status entry.", "quote": "Added the quote.", "note": "Saved the note.",
                "created": "Added the couple. Their page lists the titles they share; add their record below.",
                "removed": "Removed.",
            ][done ?? ""])
    }

    func addStatus(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let couple = try await Self.couple(req)
        let form =
            (try? req.content.decode(KnowledgeInputs.StatusInput.self))
            ?? KnowledgeInputs.StatusInput(status: nil, date: nil, statement: nil, sourceArticle: nil, sourceUrl: nil)
        do {
            let entry = try form.entry()
            _ = try await KnowledgeDesk(request: req).add(entry, toCouple: couple.slug)
            return req.redirect(to: NewsroomPaths.couple(couple.slug, done: "status"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await page(req, user, couple: couple, typedStatus: form, problem: refusal.message, status: refusal.status)
        }
    }

    func addQuote(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let couple = try await Self.couple(req)
        let form = (try? req.content.decode(QuoteForm.self)) ?? QuoteForm()
        let partner = form.speaker == couple.first.slug ? couple.second : couple.first
        do {
            guard [couple.first.slug, couple.second.slug].contains(form.speaker ?? "") else {
                throw Abort(.badRequest, reason: "Choose which of the two said it.")
            }
            let quote = try KnowledgeInputs.QuoteInput(
                text: form.text, kind: form.kind, speaker: form.speaker,
                about: [.init(kind: "person", slug: partner.slug), .init(kind: "couple", slug: couple.slug)],
                sourceArticle: form.sourceArticle, sourceUrl: form.sourceUrl, date: form.date, context: form.context
            ).quote()
            try await KnowledgeDesk(request: req).add(quote)
            return req.redirect(to: NewsroomPaths.couple(couple.slug, done: "quote"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await page(req, user, couple: couple, typedQuote: form, problem: refusal.message, status: refusal.status)
        }
    }

    struct NewCoupleForm: Content {
        var first: String?
        var second: String?
        var note: String?
    }

    func create(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let form = (try? req.content.decode(NewCoupleForm.self)) ?? NewCoupleForm()
        do {
            let slug = { (text: String?) in (text ?? "").split(separator: "/").last.map(String.init) ?? "" }
            let couple = try await KnowledgeDesk(request: req).create(
                try KnowledgeInputs.CoupleInput(first: slug(form.first), second: slug(form.second), note: form.note, timeline: nil).couple())
            return req.redirect(to: NewsroomPaths.couple(couple.slug, done: "created"))
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            return try await page(req, user, couple: nil, typedCouple: form, problem: refusal.message, status: refusal.status)
        }
    }

    struct NoteForm: Content {
        var note: String?
    }

    struct RemoveForm: Content {
        /// `status|date` for a status entry, a quote's id for a quote.
        var entry: String?
    }

    func setNote(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let couple = try await Self.couple(req)
        let note = (try? req.content.decode(NoteForm.self))?.note ?? ""
        guard note.count <= 2000 else {
            return try await page(req, user, couple: couple, problem: "The note may be at most 2,000 characters.", status: .badRequest)
        }
        _ = try await KnowledgeDesk(request: req).setNote(couple: couple.slug, to: note)
        return req.redirect(to: NewsroomPaths.couple(couple.slug, done: "note"))
    }

    /// Takes out a status entry (`status|date`) or a quote (its id).
    func remove(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        let couple = try await Self.couple(req)
        let value = (try? req.content.decode(RemoveForm.self))?.entry ?? ""
        let desk = KnowledgeDesk(request: req)
        do {
            let parts = value.split(separator: "|").map(String.init)
            if parts.count == 2, let status = RelationshipStatus(rawValue: parts[0]), let date = CalendarDate(parts[1]) {
                _ = try await desk.removeStatus(couple: couple.slug, status: status, date: date)
            } else {
                try await desk.removeQuote(id: value)
            }
            return req.redirect(to: NewsroomPaths.couple(couple.slug, done: "removed"))
        } catch let error as StoreError where error.status.code < 500 {
            return try await page(req, user, couple: couple, problem: error.reason, status: error.status)
        }
    }

    static func couple(_ req: Request) async throws -> Couple {
        let slug = try req.slug()
        guard let couple = try await req.knowledge.couple(slug: slug) else {
            throw Abort(.notFound, reason: "There is no couple with the slug \"\(slug)\".")
        }
        return couple
    }

    private func page(
        _ req: Request, _ user: User, couple: Couple?, typedStatus: KnowledgeInputs.StatusInput? = nil,
        typedQuote: QuoteForm? = nil, typedCouple: NewCoupleForm? = nil, notice: String? = nil, problem: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let couples = try await req.knowledgeEditor.couples(limit: 200).map { couple in
            AdminCouplesPage.Row(name: couple.name, url: NewsroomPaths.couple(couple.slug), status: couple.currentStatus?.label ?? "")
        }
        var timeline: [AdminCouplesPage.Entry] = []
        var quotes: [NewsroomQuoteLine] = []
        if let couple {
            timeline = couple.timeline.sorted { $0.date < $1.date }.map { entry in
                let (name, url) = NewsroomQuoteLine.source(article: entry.sourceArticle, url: entry.sourceURL)
                return AdminCouplesPage.Entry(
                    date: entry.date.longForm, status: entry.status.label, text: entry.statement,
                    sourceName: name, sourceURL: url, removeValue: "\(entry.status.rawValue)|\(entry.date)")
            }
            quotes = try await req.knowledge.quotes(between: couple).map(NewsroomQuoteLine.init)
        }
        let path = couple.map { NewsroomPaths.couple($0.slug) } ?? NewsroomPaths.couples
        let view = try await req.view.render(
            "admin/couples",
            AdminCouplesPage(
                meta: PageMeta(title: couple?.name ?? "Couples", description: "Couples and their sourced record.", path: path),
                frame: try await req.adminFrame(user, current: NewsroomPaths.couples), couples: couples, note: couple?.note, name: couple?.name,
                publicURL: couple.map { Paths.of($0.ref) }, action: couple.map { NewsroomPaths.couple($0.slug) },
                timeline: timeline, quotes: quotes,
                statuses: RelationshipStatus.allCases.map { AdminCouplesPage.Option(value: $0.rawValue, label: $0.label) },
                speakers: couple.map { [$0.first, $0.second].map { AdminCouplesPage.Option(value: $0.slug, label: $0.name) } } ?? [],
                typedStatus: typedStatus, typedQuote: typedQuote, typedCouple: typedCouple, notice: notice, problem: problem))
        return try await view.encodeResponse(status: status, for: req)
    }
}
