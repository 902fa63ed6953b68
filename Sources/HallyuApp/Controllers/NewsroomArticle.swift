import HallyuCore
import HallyuStore
import Vapor

extension Request {
    /// The article whose id the newsroom's path names, when this account may see it (`editing`: change it).
    func newsroomArticle(for user: User, editing: Bool) async throws -> ArticleDesk.Entry {
        guard let id = parameters.get("id"), let entry = try await ArticleDesk(database: db).entry(id: id) else {
            throw Abort(.notFound, reason: "There is no such article.")
        }
        let mayEdit = user.role.mayEdit(article: entry.article.status, isAuthor: entry.isAuthor(user))
        guard mayEdit || (!editing && entry.isAuthor(user)) else {
            throw Abort(
                .forbidden,
                reason: entry.isAuthor(user)
                    ? "This article is \(entry.article.status.rawValue); only an editor can change it now."
                    : "This is another writer's article; your role (\(user.role.rawValue)) may not open it.")
        }
        return entry
    }
}
