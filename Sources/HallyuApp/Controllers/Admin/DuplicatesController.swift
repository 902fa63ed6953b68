import Fluent
import HallyuCore
import HallyuStore
import Vapor

/// `/admin/kb/duplicates`: the pairs of people the imports could not tell apart (one Hangul name,
/// nothing else in common), each with what the knowledge base knows of both; an editor merges
/// one into the other with the person merge, or says they are two people.
struct DuplicatesController {
    func index(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        let pairs = try await MergeCandidates(database: req.db).open(try req.pageRequest())
        let done = (try? req.query.get(String.self, at: "done")) == "dismissed" ? "Kept apart: the pair is off the list." : nil
        let view = try await req.view.render(
            "admin/duplicates",
            AdminDuplicatesPage(
                meta: PageMeta(
                    title: "Possible duplicates", description: "People the imports could not tell apart.",
                    path: NewsroomPaths.duplicates),
                frame: try await req.adminFrame(user, current: NewsroomPaths.people), notice: done,
                total: pairs.total, pairs: pairs.items.map(AdminDuplicatesPage.Pair.init),
                pager: Pager(pairs, basePath: NewsroomPaths.duplicates)))
        return try await view.encodeResponse(for: req)
    }

    /// The pair in the path is two people: it leaves the list for good.
    func dismiss(req: Request) async throws -> Response {
        let user = try req.require(.editKnowledge)
        try await CSRF.verify(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let pair = try await MergeCandidates(database: req.db).waiting(id)
        else {
            throw Abort(.notFound, reason: "There is no such pair waiting; it may have been merged or dismissed already.")
        }
        _ = try await MergeCandidates(database: req.db).dismiss(id)
        try await req.auditLog.record(
            user, "kept apart", kind: "person", id: pair.second.person.slug,
            summary: "\(pair.first.person.name) (\(pair.first.person.slug)) and \(pair.second.person.name) "
                + "(\(pair.second.person.slug)) are two people", at: req.now)
        return req.redirect(to: NewsroomPaths.duplicates + "?done=dismissed")
    }
}
