import HallyuCore
import HallyuStore
import Vapor

/// Editors add to the knowledge base through the API: titles, organizations, couples and their
/// status entries, quotes and credits, and correct titles and organizations. Each answers with
/// what it made or changed (201 or 200), 409 when it is there already.
struct KnowledgeAdditionsAPIController {
    struct Made: Content {
        var kind: String
        var slug: String
        var name: String
        var url: String
    }

    func title(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.TitleInput.self).title()
        let title = try await stored(req) { try await KnowledgeEditor(database: req.db).create(input) }
        return try await made(req, user, title.ref, titleKind: title.kind)
    }

    func updateTitle(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let current = try await req.knowledge.title(slug: slug) else { throw Abort(.notFound, reason: "There is no title \"\(slug)\".") }
        let input = try req.content.decode(KnowledgeInputs.TitleInput.self).over(current).title()
        let title = try await stored(req) { try await KnowledgeEditor(database: req.db).update(title: slug, with: input) }
        return try await made(req, user, title.ref, titleKind: title.kind, action: "edited title", status: .ok)
    }

    func updateOrganization(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let current = try await req.knowledge.organization(slug: slug) else {
            throw Abort(.notFound, reason: "There is no organization \"\(slug)\".")
        }
        let input = try req.content.decode(KnowledgeInputs.OrganizationInput.self).over(current).organization()
        let organization = try await stored(req) { try await KnowledgeEditor(database: req.db).update(organization: slug, with: input) }
        return try await made(req, user, organization.ref, action: "edited organization", status: .ok)
    }

    func organization(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.OrganizationInput.self).organization()
        let organization = try await stored(req) { try await KnowledgeEditor(database: req.db).create(input) }
        return try await made(req, user, organization.ref)
    }

    func couple(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.CoupleInput.self).couple()
        let couple = try await stored(req) { try await KnowledgeEditor(database: req.db).create(input) }
        return try await made(req, user, couple.ref)
    }

    func status(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        let entry = try req.content.decode(KnowledgeInputs.StatusInput.self).entry()
        let couple = try await stored(req) { try await KnowledgeEditor(database: req.db).add(entry, toCouple: slug) }
        return try await made(req, user, couple.ref, action: "added status entry")
    }

    struct NoteInput: Content {
        var note: String?
    }

    func updateCouple(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let note = try req.content.decode(NoteInput.self).note else { throw Abort(.badRequest, reason: "Send {\"note\": \"…\"}.") }
        try KnowledgeInputs.limit(note, "note", 2000)
        let couple = try await stored(req) { try await KnowledgeEditor(database: req.db).setNote(couple: slug, to: note) }
        return try await made(req, user, couple.ref, action: "edited couple", status: .ok)
    }

    /// `DELETE /api/v1/couples/{slug}/status?status=&date=`.
    func removeStatus(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let slug = try req.slug()
        let statusText = (try? req.query.get(String.self, at: "status")) ?? ""
        guard let status = RelationshipStatus(rawValue: statusText),
              let date = try KnowledgeInputs.date(try? req.query.get(String.self, at: "date"), "date") else {
            throw Abort(.badRequest, reason: "Say which entry: ?status=rumoured&date=2022-06-18.")
        }
        let couple = try await stored(req) { try await KnowledgeEditor(database: req.db).removeStatus(couple: slug, status: status, date: date) }
        return try await made(req, user, couple.ref, action: "removed status entry", status: .ok)
    }

    func removeQuote(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let id = req.parameters.get("id") ?? ""
        let text = try await stored(req) { try await KnowledgeEditor(database: req.db).removeQuote(id: id) }
        try await AuditLog(database: req.db).record(user, "removed quote", kind: "quote", id: id, summary: String(text.prefix(80)), at: Date())
        return Response(status: .noContent)
    }

    func removeCredit(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let id = req.parameters.get("id") ?? ""
        try await stored(req) { try await KnowledgeEditor(database: req.db).removeCredit(id: id) }
        try await AuditLog(database: req.db).record(user, "removed credit", kind: "credit", id: id, summary: id, at: Date())
        return Response(status: .noContent)
    }

    func quote(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let quote = try req.content.decode(KnowledgeInputs.QuoteInput.self).quote()
        try await stored(req) { try await KnowledgeEditor(database: req.db).add(quote) }
        return try await made(req, user, quote.speaker, action: "added quote")
    }

    func credit(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let credit = try req.content.decode(KnowledgeInputs.CreditInput.self).credit()
        try await stored(req) { try await KnowledgeEditor(database: req.db).add(credit) }
        return try await made(req, user, credit.title, action: "added credit")
    }

    /// A store refusal as a 4xx: 409 for what exists already, 422 for a missing reference.
    private func stored<T>(_ req: Request, _ work: () async throws -> T) async throws -> T {
        do {
            let result = try await work()
            await req.announce(.of(.knowledge))
            return result
        } catch {
            guard let refusal = Refusal.of(error) else { throw error }
            throw Abort(refusal.status, reason: refusal.message)
        }
    }

    private func made(_ req: Request, _ user: User, _ ref: EntityRef, titleKind: TitleKind? = nil,
                      action: String? = nil, status: HTTPStatus = .created) async throws -> Response {
        try await AuditLog(database: req.db).record(user, action ?? "added \(ref.kind.rawValue)", kind: ref.kind.rawValue, id: ref.slug,
                                                    summary: ref.name, at: Date())
        let made = Made(kind: ref.kind.rawValue, slug: ref.slug, name: ref.name,
                        url: req.application.config.publicURL.absoluteString + Paths.of(ref, titleKind: titleKind))
        return try await made.encodeResponse(status: status, for: req)
    }
}
