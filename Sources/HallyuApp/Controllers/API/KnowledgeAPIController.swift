import HallyuCore
import Vapor

/// `GET /api/v1/{dramas,films,people,organizations,couples}/{slug}`.
struct KnowledgeAPIController {
    func title(req: Request) async throws -> TitleDTO {
        let slug = try req.slug()
        guard let title = try await req.knowledge.title(slug: slug) else { throw notFound("title", slug) }
        let base = req.application.config.publicURL.absoluteString
        return TitleDTO(
            id: title.id, slug: title.slug, kind: title.kind.rawValue, name: title.name, nativeName: title.nativeName,
            aliases: title.aliases, synopsis: title.synopsis, firstAired: title.firstAired?.description,
            lastAired: title.lastAired?.description, episodes: title.episodes, networks: title.networks,
            platforms: title.platforms, genres: title.genres,
            cast: try await req.knowledge.credits(ofTitle: title).map { CreditDTO($0, base: base) },
            couples: try await req.knowledge.couples(inTitle: title).map(\.ref))
    }

    func person(req: Request) async throws -> PersonDTO {
        let slug = try req.slug()
        guard let person = try await req.knowledge.person(slug: slug) else { throw notFound("person", slug) }
        let base = req.application.config.publicURL.absoluteString
        return PersonDTO(
            id: person.id, slug: person.slug, name: person.name, nativeName: person.nativeName, aliases: person.aliases,
            birthDate: person.birthDate?.description, occupations: person.occupations, agency: person.agency, bio: person.bio,
            credits: try await req.knowledge.credits(ofPerson: person).map { CreditDTO($0, base: base) },
            groups: try await req.knowledge.memberships(ofPerson: person).map {
                .init(group: $0.group, current: $0.current, since: $0.since?.description, until: $0.until?.description)
            },
            couples: try await req.knowledge.couples(involving: person).map(\.ref),
            quotes: try await req.knowledge.quotes(by: person).map(QuoteDTO.init))
    }

    func organization(req: Request) async throws -> OrganizationDTO {
        let slug = try req.slug()
        guard let organization = try await req.knowledge.organization(slug: slug) else { throw notFound("organization", slug) }
        return OrganizationDTO(
            id: organization.id, slug: organization.slug, name: organization.name, kind: organization.kind.rawValue,
            nativeName: organization.nativeName, aliases: organization.aliases, description: organization.description,
            founded: organization.founded, website: organization.website,
            members: try await req.knowledge.members(ofGroup: organization).map { .init(person: $0.person, current: $0.current) },
            titles: try await req.knowledge.titles(ofOrganization: organization).map(\.ref))
    }

    func couple(req: Request) async throws -> CoupleDTO {
        let slug = try req.slug()
        guard let couple = try await req.knowledge.couple(slug: slug) else { throw notFound("couple", slug) }
        let base = req.application.config.publicURL.absoluteString
        return CoupleDTO(
            id: couple.id, slug: couple.slug, name: couple.name, people: [couple.first, couple.second], note: couple.note,
            status: couple.currentStatus?.rawValue,
            titles: try await req.knowledge.sharedCredits(of: couple).map {
                .init(title: $0.first.title, characters: [CreditDTO($0.first, base: base), CreditDTO($0.second, base: base)])
            },
            timeline: couple.timeline.map {
                .init(status: $0.status.rawValue, date: $0.date.description, statement: $0.statement,
                      source: $0.sourceArticle, sourceUrl: $0.sourceURL)
            },
            quotes: try await req.knowledge.quotes(between: couple).map(QuoteDTO.init))
    }

    private func notFound(_ kind: String, _ slug: String) -> Abort {
        Abort(.notFound, reason: "No \(kind) has the slug \"\(slug)\".")
    }
}
