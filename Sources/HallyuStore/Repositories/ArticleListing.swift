import Foundation
import HallyuCore
import SQLKit

/// Which published articles a reader's list holds, newest first, picked in plain SQL: the
/// home page, tag and entity pages, feeds and the API list run it on every view, and a Fluent
/// model per row (even of the id alone) cost more than the query.
struct ArticleListing {
    /// Joined to `articles a`.
    var joins: SQLQueryString = ""
    /// On `a` and the joined tables.
    var condition: SQLQueryString = "1 = 1"
    /// Pages ("About us") are in no list but their own.
    var includesPages = false

    static let all = ArticleListing()
    static let featured = ArticleListing(condition: "a.featured = \(bind: true)")

    /// About the entity: it is among the subjects (once per article).
    static func about(_ entityID: UUID) -> ArticleListing {
        ArticleListing(joins: "JOIN article_subjects s ON s.article_id = a.id", condition: "s.entity_id = \(bind: entityID)")
    }

    /// Carrying the tag.
    static func tagged(_ slug: String) -> ArticleListing {
        ArticleListing(
            joins: "JOIN article_tags l ON l.article_id = a.id JOIN tags t ON t.id = l.tag_id",
            condition: "t.slug = \(bind: slug)")
    }

    /// Naming the entity in the body (once per article).
    static func mentioning(_ entityID: UUID) -> ArticleListing {
        ArticleListing(joins: "JOIN article_mentions m ON m.article_id = a.id", condition: "m.entity_id = \(bind: entityID)")
    }

    /// The ids, newest first (then by slug, so every database agrees), from `offset`.
    func ids(_ sql: any SQLDatabase, offset: Int = 0, limit: Int) async throws -> [UUID] {
        try await sql.raw(
            """
            SELECT a.id FROM articles a \(joins)
            WHERE a.status = \(bind: ArticleStatus.published.rawValue) AND \(condition)\(unsafeRaw: includesPages ? "" : " AND NOT a.is_page")
            ORDER BY a.published_at DESC, a.slug LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all().map { try $0.uuid("id") }
    }

    /// How many there are. Counts the status column, which the status index holds: counting
    /// ids read every matching row on SQLite, past a long body into its overflow pages (a
    /// fifth of a second at 100,000 articles).
    /// Pages are counted apart and taken away, through the small index that holds only them,
    /// so the count still reads the status index alone.
    func count(_ sql: any SQLDatabase) async throws -> Int {
        let total =
            try await sql.raw(
                """
                SELECT COUNT(a.status) AS total FROM articles a \(joins)
                WHERE a.status = \(bind: ArticleStatus.published.rawValue) AND \(condition)
                """
            ).first()?.decode(column: "total", as: Int.self) ?? 0
        guard !includesPages, total > 0 else { return total }
        let pages =
            try await sql.raw(
                """
                SELECT COUNT(a.status) AS total FROM articles a \(joins)
                WHERE a.is_page AND a.status = \(bind: ArticleStatus.published.rawValue) AND \(condition)
                """
            ).first()?.decode(column: "total", as: Int.self) ?? 0
        return total - pages
    }
}
