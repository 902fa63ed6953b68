import HallyuCore
import HallyuStore
import Vapor

/// Knowledge-base writes for editors: `POST /api/v1/people`, `PATCH /api/v1/people/{slug}` and
/// `POST /api/v1/people/{slug}/merge`. Answers with the person as `GET /api/v1/people/{slug}` does.
struct KnowledgeWriteAPIController {
    struct MergeInput: Content {
        var into: String?
    }

    func createPerson(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let person = try req.content.decode(PersonInput.self).person().get()
        let created = try await ArticleWriteAPIController.storeErrors { try await KnowledgeEditor(database: req.db).create(person) }
        await req.announce(.of(.knowledge))
            try await AuditLog(database: req.db).record(user, "added person", kind: "person", id: created.id, summary: created.name, at: Date())
        return try await respond(req, slug: created.slug, status: .created)
    }

    func updatePerson(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let current = try await PeoplePagesController.person(req)
        let person = try req.content.decode(PersonInput.self).over(current).person().get()
        let saved = try await ArticleWriteAPIController.storeErrors {
            try await KnowledgeEditor(database: req.db).update(person: current.slug, with: person)
        }
        await req.announce(.of(.knowledge))
            try await AuditLog(database: req.db).record(user, "edited person", kind: "person", id: saved.id, summary: saved.name, at: Date())
        return try await respond(req, slug: saved.slug, status: .ok)
    }

    func mergePerson(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let duplicate = try await PeoplePagesController.person(req)
        guard let into = try req.content.decode(MergeInput.self).into, !into.isEmpty else {
            throw Abort(.badRequest, reason: "Say whom to keep: {\"into\": \"slug\"}.")
        }
        let kept = try await ArticleWriteAPIController.storeErrors {
            try await KnowledgeEditor(database: req.db).merge(person: duplicate.slug, into: into)
        }
        await req.announce(.of(.knowledge))
            try await AuditLog(database: req.db).record(user, "merged people", kind: "person", id: kept.id,
                                                    summary: "\(duplicate.name) (\(duplicate.slug)) into \(kept.name)", at: Date())
        return try await respond(req, slug: kept.slug, status: .ok)
    }

    /// The person as the read API shows them.
    private func respond(_ req: Request, slug: String, status: HTTPStatus) async throws -> Response {
        guard let dto = try await KnowledgeAPIController().personDTO(req, slug: slug) else { throw Abort(.notFound) }
        return try await dto.encodeResponse(status: status, for: req)
    }
}
