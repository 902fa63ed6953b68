import Fluent
import HallyuCore
import HallyuStore
import Vapor

extension Request {
    var formatting: Formatting { application.formatting }

    /// The reader's renderer, with the shared mention index.
    func bodyRenderer() async throws -> ArticleBodyRenderer {
        let names = try await application.mentionIndexCache.current(on: db)
        return ArticleBodyRenderer(knowledge: knowledge, media: mediaLibrary, mentions: names.index, rendered: names.bodies)
    }

    /// The newest articles naming an entity they are not about, for its page.
    func mentionList(id: String, limit: Int = 8) async throws -> MentionList {
        let (items, total) = try await articles.mentioning(id: id, limit: limit)
        return MentionList(items: items.map { ArticleCard($0, formatting: formatting) }, more: total - items.count)
    }

    /// `?page=` and `?per=` checked as the contract says: bad values are a 400 naming the limit.
    func pageRequest(defaultPer: Int = 20) throws -> Paging {
        do {
            return try Paging(page: query[String.self, at: "page"], per: query[String.self, at: "per"], defaultPer: defaultPer)
        } catch {
            throw Abort(.badRequest, reason: error.message)
        }
    }

    /// A path parameter that must be a well-formed slug; anything else cannot exist, so 404.
    func slug(_ name: String = "slug") throws -> String {
        guard let slug = parameters.get(name), Slug.isValid(slug) else { throw Abort(.notFound) }
        return slug
    }

    /// The person the path's slug names, for the newsroom and the write API; 404 for no one.
    func pathPerson() async throws -> Person {
        let slug = try slug()
        guard let person = try await knowledge.person(slug: slug) else {
            throw Abort(.notFound, reason: "There is no person with the slug \"\(slug)\".")
        }
        return person
    }

    /// A 301 to an entity's new address when the slug was renamed; otherwise 404. An article
    /// redirects only once it is published, so an old slug never reveals a draft.
    func redirectOrNotFound(
        _ kind: EntityKind, slug: String, notFound: String? = nil,
        path: (String) -> String
    ) async throws -> Response {
        if let current = try await knowledge.redirect(kind: kind, from: slug) {
            let visible = kind == .article ? try await articles.isPublished(slug: current) : true
            if visible { return redirect(to: path(current), redirectType: .permanent) }
        }
        throw notFound.map { Abort(.notFound, reason: $0) } ?? Abort(.notFound)
    }
}
