import HallyuCore
import HallyuStore
import Vapor

/// The draft generator, for the newsroom's button and the API alike: reads the couple or title
/// from the knowledge base and saves the generated skeleton as a draft by the signed-in account.
struct DraftMaker {
    let req: Request

    /// `source`: `couples/{slug}`, `dramas/{slug}` or `films/{slug}` (a bare couple slug, with
    /// `-and-`, is read as a couple).
    func make(from source: String, by user: User) async throws -> ArticleDesk.Entry {
        let parts = source.trimmingCharacters(in: .whitespaces).split(separator: "/").map(String.init)
        let (kind, slug): (String, String) =
            parts.count == 2
            ? (parts[0], parts[1])
            : (parts.first?.contains("-and-") == true ? "couples" : "dramas", parts.first ?? "")
        let knowledge = req.knowledge
        let path: DraftGenerator.PathOf = { Paths.of($0) }
        let generated: DraftGenerator.Draft
        switch kind {
        case "couples":
            guard let couple = try await knowledge.couple(slug: slug) else {
                throw Abort(.notFound, reason: "There is no couple with the slug \"\(slug)\".")
            }
            let shared = try await knowledge.sharedCredits(of: couple)
            let kinds = try await knowledge.titleKinds(slugs: shared.map(\.first.title.slug))
            let quotes = try await knowledge.quotes(between: couple)
            generated = DraftGenerator.couple(couple, shared: shared, quotes: quotes) { ref in
                Paths.of(ref, titleKind: kinds[ref.slug])
            }
        case "dramas", "films":
            guard let title = try await knowledge.title(slug: slug) else {
                throw Abort(.notFound, reason: "There is no drama or film with the slug \"\(slug)\".")
            }
            generated = DraftGenerator.title(
                title, cast: try await knowledge.credits(ofTitle: title),
                couples: try await knowledge.couples(inTitle: title),
                quotes: try await knowledge.quotes(about: .title, id: title.id), path: path)
        default:
            throw Abort(.badRequest, reason: "Drafts are made from a couple or a drama: couples/{slug} or dramas/{slug}.")
        }
        let draft = ArticleDesk.Draft(
            title: generated.title, dek: generated.dek, body: generated.body,
            subjects: generated.subjects)
        let entry = try await req.articleDesk.create(draft, by: user)
        try await ArticlePublishing(req).saved(entry, by: user, action: "generated draft")
        return entry
    }
}
