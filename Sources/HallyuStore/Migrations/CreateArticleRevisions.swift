import Fluent
import SQLKit

/// The newsroom's history of every article, and the time a scheduled one goes out.
struct CreateArticleRevisions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ArticleRevisionModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("dek", .string, .required)
            .field("body", .string, .required)
            .field("hero_media_id", .uuid)
            .field("tags", .string, .required)
            .field("subjects", .string, .required)
            .field("user_id", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("note", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "article_id", "number")
            .create()
        try await database.schema(ArticleModel.schema).field("scheduled_at", .datetime).update()
        guard let sql = database as? any SQLDatabase else { return }
        // The publisher asks every few seconds for scheduled articles that are due.
        try await sql.raw("CREATE INDEX articles_schedule ON articles (status, scheduled_at)").run()
        // The media library asks which articles show an image as their hero.
        try await sql.raw("CREATE INDEX articles_hero ON articles (hero_media_id)").run()
    }

    func revert(on database: Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX articles_hero").run()
            try await sql.raw("DROP INDEX articles_schedule").run()
        }
        try await database.schema(ArticleModel.schema).deleteField("scheduled_at").update()
        try await database.schema(ArticleRevisionModel.schema).delete()
    }
}
