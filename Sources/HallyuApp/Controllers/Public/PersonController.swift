import HallyuCore
import Vapor

/// `/people/{slug}`.
struct PersonController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        let request = try req.pageRequest()
        guard let person = try await req.knowledge.person(slug: slug) else {
            return try await req.redirectOrNotFound(.person, slug: slug) { Paths.of(.person, $0) }
        }
        return try await query(req, person: person, request).response(for: req)
    }

    func query(_ req: Request, person: Person, _ request: Paging) async throws -> PersonPage {
        let articles = try await req.articles.about(.person, id: person.id, request)
        let path = Paths.of(person.ref)
        let memberships = try await req.knowledge.memberships(ofPerson: person)
        let groups = memberships.map {
            PersonPage.GroupLine(group: LinkItem($0.group), current: $0.current, since: $0.since?.longForm, until: $0.until?.longForm)
        }
        let pager = Pager(articles, basePath: path)
        return PersonPage(
            meta: req.pageMeta(
                title: "\(person.name)\(person.nativeName.map { " (\($0))" } ?? "") — roles, quotes and news",
                description: String(person.bio.prefix(200)), path: path, type: "profile",
                structuredData: StructuredData.person(person, groups: memberships, base: req.publicBase),
                pager: pager, feedPath: path + "/feed.xml"),
            name: person.name, nativeName: person.nativeName, aliases: person.aliases,
            born: PersonPage.born(person), occupations: person.occupations.joined(separator: ", "),
            agency: person.agency.map { LinkItem($0) }, bio: person.bio,
            filmography: try await req.knowledge.credits(ofPerson: person).map(CastLine.init),
            groups: groups,
            couples: try await req.knowledge.couples(involving: person).map(CoupleCard.init),
            quotesBy: try await req.knowledge.quotes(by: person).map(QuoteView.init),
            quotesAbout: try await req.knowledge.quotes(about: .person, id: person.id).map(QuoteView.init),
            articles: articles.items.map { ArticleCard($0, formatting: req.formatting) },
            pager: pager,
            mentionedIn: try await req.mentionList(id: person.id))
    }
}
