import HallyuCore
import Vapor

/// `GET /api/v1/{dramas,films,people,organizations,couples}/{slug}`.
struct KnowledgeAPIController {
    func title(req: Request) async throws -> Response {
        try await serve(req, .title, "title", find: req.knowledge.title(slug:)) { title in
            // A drama asked for as a film (or the other way round) moves to its own path.
            guard title.kind.pathSegment == req.apiSegment else {
                return req.redirect(to: "/api/v1/\(title.kind.pathSegment)/\(title.slug)", redirectType: .permanent)
            }
            return try await dto(req, title).encodeResponse(for: req)
        }
    }

    private func dto(_ req: Request, _ title: Title) async throws -> TitleDTO {
        let base = req.application.config.publicURL.absoluteString
        return TitleDTO(
            id: title.id, slug: title.slug, kind: title.kind.rawValue, name: title.name, nativeName: title.nativeName,
            aliases: title.aliases, synopsis: title.synopsis, firstAired: title.firstAired?.description,
            lastAired: title.lastAired?.description, episodes: title.episodes, networks: title.networks,
            platforms: title.platforms, genres: title.genres,
            cast: try await req.knowledge.credits(ofTitle: title).map { CreditDTO($0, base: base) },
            couples: try await req.knowledge.couples(inTitle: title).map(\.ref))
    }

    func person(req: Request) async throws -> Response {
        try await serve(req, .person, "person", find: req.knowledge.person(slug:)) { try await PersonDTO($0, on: req).encodeResponse(for: req) }
    }

    func organization(req: Request) async throws -> Response {
        try await serve(req, .organization, "organization", find: req.knowledge.organization(slug:)) {
            try await dto(req, $0).encodeResponse(for: req)
        }
    }

    private func dto(_ req: Request, _ organization: Organization) async throws -> OrganizationDTO {
        OrganizationDTO(
            id: organization.id, slug: organization.slug, name: organization.name, kind: organization.kind.rawValue,
            nativeName: organization.nativeName, aliases: organization.aliases, description: organization.description,
            founded: organization.founded, website: organization.website,
            members: try await req.knowledge.members(ofGroup: organization).map { .init(person: $0.person, current: $0.current) },
            titles: try await req.knowledge.titles(ofOrganization: organization).map(\.ref))
    }

    func couple(req: Request) async throws -> Response {
        try await serve(req, .couple, "couple", find: req.knowledge.couple(slug:)) { try await dto(req, $0).encodeResponse(for: req) }
    }

    private func dto(_ req: Request, _ couple: Couple) async throws -> CoupleDTO {
        let base = req.application.config.publicURL.absoluteString
        return CoupleDTO(
            id: couple.id, slug: couple.slug, name: couple.name, people: [couple.first, couple.second], note: couple.note,
            status: couple.currentStatus?.rawValue,
            titles: try await req.knowledge.sharedCredits(of: couple).map {
                .init(title: $0.first.title, characters: [CreditDTO($0.first, base: base), CreditDTO($0.second, base: base)])
            },
            timeline: couple.timeline.map {
                .init(
                    status: $0.status.rawValue, date: $0.date.description, statement: $0.statement,
                    source: $0.sourceArticle, sourceUrl: $0.sourceURL)
            },
            quotes: try await req.knowledge.quotes(between: couple).map(QuoteDTO.init))
    }

    /// Finds the entity by the path's slug and answers with `respond`; a renamed slug answers
    /// with a 301 to the new address, an unknown one with a JSON 404.
    private func serve<Entity>(
        _ req: Request, _ kind: EntityKind, _ label: String,
        find: (String) async throws -> Entity?,
        respond: (Entity) async throws -> Response
    ) async throws -> Response {
        let slug = try req.slug()
        guard let entity = try await find(slug) else {
            let segment = req.apiSegment
            return try await req.redirectOrNotFound(kind, slug: slug, notFound: "No \(label) has the slug \"\(slug)\".") {
                "/api/v1/\(segment)/\($0)"
            }
        }
        return try await respond(entity)
    }
}

extension Request {
    /// The collection an API path names: `people` in `/api/v1/people/han-so-hee`.
    var apiSegment: String {
        let parts = url.path.split(separator: "/")
        return parts.count > 2 ? String(parts[2]) : ""
    }
}
