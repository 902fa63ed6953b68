import HallyuCore
import Vapor

/// `/organizations/{slug}`: members for a group, titles for a network or streamer, clients for an agency.
struct OrganizationController {
    func show(req: Request) async throws -> Response {
        let slug = try req.slug()
        let request = try req.pageRequest()
        guard let organization = try await req.knowledge.organization(slug: slug) else {
            return try await req.redirectOrNotFound(.organization, slug: slug) { Paths.of(.organization, $0) }
        }
        return try await query(req, organization: organization, request).response(for: req)
    }

    func query(_ req: Request, organization: Organization, _ request: Paging) async throws -> OrganizationPage {
        let articles = try await req.articles.about(.organization, id: organization.id, request)
        let path = Paths.of(organization.ref)
        let members =
            organization.kind == .group
            ? try await req.knowledge.members(ofGroup: organization).map {
                OrganizationPage.MemberLine(person: LinkItem($0.person), current: $0.current)
            }
            : []
        let pager = Pager(articles, basePath: path)
        return OrganizationPage(
            meta: req.pageMeta(
                title: "\(organization.name) — \(organization.kind.label)",
                description: String(organization.description.prefix(200)), path: path,
                structuredData: StructuredData.organization(organization, base: req.publicBase),
                pager: pager, feedPath: path + "/feed.xml"),
            name: organization.name, nativeName: organization.nativeName, kind: organization.kind.rawValue,
            kindLabel: organization.kind.label, aliases: organization.aliases,
            description: organization.description, founded: organization.founded, website: organization.website.linkable,
            members: members,
            titles: try await req.knowledge.titles(ofOrganization: organization).map { LinkItem($0.ref, titleKind: $0.kind) },
            clients: try await req.knowledge.clients(ofAgency: organization).map { LinkItem($0.ref) },
            articles: articles.items.map { ArticleCard($0, formatting: req.formatting) },
            pager: pager,
            mentionedIn: try await req.mentionList(id: organization.id))
    }
}
