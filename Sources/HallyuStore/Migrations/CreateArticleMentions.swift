import Fluent
import SQLKit

/// Where each article names each entity, for the "mentioned in" lists.
struct CreateArticleMentions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ArticleMentionModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("entity_kind", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("count", .int, .required)
            .unique(on: "article_id", "entity_id")
            .create()
        try await CreateEntityNamesAndIndexes.sql(database).create(index: "article_mentions_entity")
            .on(ArticleMentionModel.schema).column("entity_id").run()
    }

    func revert(on database: Database) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).drop(index: "article_mentions_entity").run()
        try await database.schema(ArticleMentionModel.schema).delete()
    }
}
