import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Article cards by id, read with plain SQL and without the bodies: search pages and "You
/// might like" show a screenful of cards on every view, and building a model of each row and
/// of each byline link cost more than the queries.
struct ArticleSummaries {
    let database: any Database
    /// The public pages' reader, when they ask (`ArticleRepository`'s).
    var reads: (any SQLDatabase)?

    /// The published ones among `ids`, keyed by id.
    func published(_ ids: [UUID]) async throws -> [UUID: ArticleSummary] {
        guard !ids.isEmpty else { return [:] }
        let sql = try readingSQL(reads, or: database)
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.columns)
            FROM articles a LEFT JOIN media m ON m.id = a.hero_media_id WHERE a.id IN \(SQLBind.group(ids))
            """
        ).all().filter { try $0.decode(column: "status", as: String.self) == ArticleStatus.published.rawValue }
        guard !rows.isEmpty else { return [:] }
        var bylines: [UUID: [(position: Int, author: Author)]] = [:]
        for row in try await sql.raw(
            """
            SELECT l.article_id, l.position, u.slug, u.name, u.bio FROM article_authors l JOIN users u ON u.id = l.user_id
            WHERE l.article_id IN \(SQLBind.group(ids))
            """
        ).all() {
            bylines[try row.uuid("article_id"), default: []].append(
                (
                    try row.decode(column: "position", as: Int.self),
                    Author(
                        slug: try row.decode(column: "slug", as: String.self), name: try row.decode(column: "name", as: String.self),
                        bio: try row.decode(column: "bio", as: String.self))
                ))
        }
        var result: [UUID: ArticleSummary] = [:]
        for row in rows {
            let id = try row.uuid("id")
            result[id] = try Self.card(row, authors: (bylines[id] ?? []).sorted { $0.position < $1.position }.map(\.author))
        }
        return result
    }

    /// The columns every card query selects.
    static let columns =
        "a.id, a.slug, a.title, a.dek, a.status, a.published_at, a.featured, a.created_at, a.updated_at, "
        + MediaColumns.select(from: "m")

    /// A card from a row of `columns` (with the hero joined as `m`).
    static func card(_ row: any SQLRow, authors: [Author]) throws -> ArticleSummary {
        let published = try row.optional("published_at", Date.self)
        return ArticleSummary(
            slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
            dek: try row.decode(column: "dek", as: String.self), hero: try MediaColumns.media(in: row), authors: authors,
            publishedAt: published, featured: try row.decode(column: "featured", as: Bool.self),
            updatedAt: ArticleModel.lastEdited(
                published: published, created: try row.optional("created_at", Date.self),
                updated: try row.optional("updated_at", Date.self)))
    }
}
