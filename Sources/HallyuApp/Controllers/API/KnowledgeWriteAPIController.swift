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
        _ = try req.require(.editKnowledge)
        let person = try req.content.decode(PersonInput.self).person().get()
        let created = try await KnowledgeDesk(request: req).create(person)
        return try await respond(req, slug: created.slug, status: .created)
    }

    func updatePerson(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let current = try await req.pathPerson()
        let person = try req.content.decode(PersonInput.self).over(current).person().get()
        let saved = try await KnowledgeDesk(request: req).update(person: current.slug, with: person)
        return try await respond(req, slug: saved.slug, status: .ok)
    }

    func mergePerson(req: Request) async throws -> Response {
        _ = try req.require(.editKnowledge)
        let duplicate = try await req.pathPerson()
        guard let into = try req.content.decode(MergeInput.self).into, !into.isEmpty else {
            throw Abort(.badRequest, reason: "Say whom to keep: {\"into\": \"slug\"}.")
        }
        let kept = try await KnowledgeDesk(request: req).merge(person: duplicate, into: into)
        return try await respond(req, slug: kept.slug, status: .ok)
    }

    /// The person as the read API shows them.
    private func respond(_ req: Request, slug: String, status: HTTPStatus) async throws -> Response {
        guard let person = try await req.knowledge.person(slug: slug) else { throw Abort(.notFound) }
        return try await PersonDTO(person, on: req).encodeResponse(status: status, for: req)
    }
}
