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
        _ = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.TitleInput.self).title()
        let title = try await KnowledgeDesk(request: req).create(input)
        return try await made(req, title.ref, titleKind: title.kind)
    }

    func updateTitle(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let current = try await req.knowledge.title(slug: slug) else { throw Abort(.notFound, reason: "There is no title \"\(slug)\".") }
        let input = try req.content.decode(KnowledgeInputs.TitleInput.self).over(current).title()
        let title = try await KnowledgeDesk(request: req).update(title: slug, with: input)
        return try await made(req, title.ref, titleKind: title.kind, status: .ok)
    }

    func updateOrganization(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let current = try await req.knowledge.organization(slug: slug) else {
            throw Abort(.notFound, reason: "There is no organization \"\(slug)\".")
        }
        let input = try req.content.decode(KnowledgeInputs.OrganizationInput.self).over(current).organization()
        let organization = try await KnowledgeDesk(request: req).update(organization: slug, with: input)
        return try await made(req, organization.ref, status: .ok)
    }

    func organization(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.OrganizationInput.self).organization()
        let organization = try await KnowledgeDesk(request: req).create(input)
        return try await made(req, organization.ref)
    }

    func couple(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let input = try req.content.decode(KnowledgeInputs.CoupleInput.self).couple()
        let couple = try await KnowledgeDesk(request: req).create(input)
        return try await made(req, couple.ref)
    }

    func status(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let slug = try req.slug()
        let entry = try req.content.decode(KnowledgeInputs.StatusInput.self).entry()
        let couple = try await KnowledgeDesk(request: req).add(entry, toCouple: slug)
        return try await made(req, couple.ref)
    }

    struct NoteInput: Content {
        var note: String?
    }

    func updateCouple(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let slug = try req.slug()
        guard let note = try req.content.decode(NoteInput.self).note else { throw Abort(.badRequest, reason: "Send {\"note\": \"…\"}.") }
        try KnowledgeInputs.limit(note, "note", 2000)
        let couple = try await KnowledgeDesk(request: req).setNote(couple: slug, to: note)
        return try await made(req, couple.ref, status: .ok)
    }

    /// `DELETE /api/v1/couples/{slug}/status?status=&date=`.
    func removeStatus(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let slug = try req.slug()
        let statusText = (try? req.query.get(String.self, at: "status")) ?? ""
        guard let status = RelationshipStatus(rawValue: statusText),
            let date = try KnowledgeInputs.date(try? req.query.get(String.self, at: "date"), "date")
        else {
            throw Abort(.badRequest, reason: "Say which entry: ?status=rumoured&date=2022-06-18.")
        }
        let couple = try await KnowledgeDesk(request: req).removeStatus(couple: slug, status: status, date: date)
        return try await made(req, couple.ref, status: .ok)
    }

    func removeQuote(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let id = req.parameters.get("id") ?? ""
        try await KnowledgeDesk(request: req).removeQuote(id: id)
        return Response(status: .noContent)
    }

    func removeCredit(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let id = req.parameters.get("id") ?? ""
        try await KnowledgeDesk(request: req).removeCredit(id: id)
        return Response(status: .noContent)
    }

    func quote(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let quote = try req.content.decode(KnowledgeInputs.QuoteInput.self).quote()
        try await KnowledgeDesk(request: req).add(quote)
        return try await made(req, quote.speaker)
    }

    func credit(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let credit = try req.content.decode(KnowledgeInputs.CreditInput.self).credit()
        try await KnowledgeDesk(request: req).add(credit)
        return try await made(req, credit.title)
    }

    /// What was made or changed, with its public address.
    private func made(_ req: Request, _ ref: EntityRef, titleKind: TitleKind? = nil, status: HTTPStatus = .created) async throws -> Response {
        let made = Made(
            kind: ref.kind.rawValue, slug: ref.slug, name: ref.name,
            url: req.application.config.publicURL.absoluteString + Paths.of(ref, titleKind: titleKind))
        return try await made.encodeResponse(status: status, for: req)
    }
}
