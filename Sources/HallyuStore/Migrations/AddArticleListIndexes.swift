import Fluent

/// Indexes that answer the newsroom-wide reads — every sitemap, each entity's newest story,
/// the features of related-article candidates — from the index alone. On SQLite an article's
/// body usually spills past its page, and every column after it (status, publication time)
/// then costs a read of the overflow pages: a sitemap of 100,000 articles read half a gigabyte.
struct AddArticleListIndexes: AddsIndexes {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("articles_card", ArticleModel.schema, ["id", "status", "published_at", "title"]),
        ("articles_sitemap", ArticleModel.schema, ["status", "published_at", "slug", "title", "created_at", "updated_at", "hero_media_id"]),
    ]
}

/// A migration that only adds indexes, and drops them when reverted.
protocol AddsIndexes: AsyncMigration {
    static var indexes: [(name: String, table: String, columns: [String])] { get }
}

extension AddsIndexes {
    func prepare(on database: Database) async throws {
        try await CreateEntityNamesAndIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
