import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Article cards by id, read with plain SQL and without the bodies: search pages and "You
/// might like" show a screenful of cards on every view, and building a model of each row and
/// of each byline link cost more than the queries.
struct ArticleSummaries {
    let database: any Database

    /// The published ones among `ids`, keyed by id.
    func published(_ ids: [UUID]) async throws -> [UUID: ArticleSummary] {
        guard !ids.isEmpty else { return [:] }
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        let rows = try await sql.raw("""
            SELECT id, slug, title, dek, hero_media_id, status, published_at, featured, created_at, updated_at
            FROM articles WHERE id IN \(SQLBind.group(ids))
            """).all().filter { try $0.decode(column: "status", as: String.self) == ArticleStatus.published.rawValue }
        guard !rows.isEmpty else { return [:] }
        let heroIDs = try rows.compactMap { try $0.decode(column: "hero_media_id", as: UUID?.self) }
        let heroes = heroIDs.isEmpty ? [:] : Dictionary(
            try await MediaModel.query(on: database).filter(\.$id ~~ heroIDs).all().compactMap { row in row.id.map { ($0, row) } },
            uniquingKeysWith: { first, _ in first })
        var bylines: [UUID: [(position: Int, author: Author)]] = [:]
        for row in try await sql.raw("""
            SELECT l.article_id, l.position, u.slug, u.name, u.bio FROM article_authors l JOIN users u ON u.id = l.user_id
            WHERE l.article_id IN \(SQLBind.group(ids))
            """).all() {
            bylines[try row.decode(column: "article_id", as: UUID.self), default: []].append(
                (try row.decode(column: "position", as: Int.self),
                 Author(slug: try row.decode(column: "slug", as: String.self), name: try row.decode(column: "name", as: String.self),
                        bio: try row.decode(column: "bio", as: String.self))))
        }
        var result: [UUID: ArticleSummary] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let published = try row.decode(column: "published_at", as: Date?.self)
            result[id] = ArticleSummary(
                slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                dek: try row.decode(column: "dek", as: String.self),
                hero: try (try row.decode(column: "hero_media_id", as: UUID?.self)).flatMap { heroes[$0] }?.toCore(),
                authors: (bylines[id] ?? []).sorted { $0.position < $1.position }.map(\.author),
                publishedAt: published, featured: try row.decode(column: "featured", as: Bool.self),
                updatedAt: ArticleModel.lastEdited(published: published, created: try row.decode(column: "created_at", as: Date?.self),
                                                   updated: try row.decode(column: "updated_at", as: Date?.self)))
        }
        return result
    }
}
