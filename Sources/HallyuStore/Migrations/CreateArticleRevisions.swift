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
        // The newsroom lists articles by when they last changed, of one state or all, and one
        // writer's own.
        try await sql.raw("CREATE INDEX articles_desk ON articles (updated_at, id)").run()
        try await sql.raw("CREATE INDEX articles_desk_status ON articles (status, updated_at, id)").run()
        try await sql.raw("CREATE INDEX article_authors_user ON article_authors (user_id)").run()
    }

    func revert(on database: Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in ["article_authors_user", "articles_desk_status", "articles_desk", "articles_hero"] {
                try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
            }
            try await sql.raw("DROP INDEX articles_schedule").run()
        }
        try await database.schema(ArticleModel.schema).deleteField("scheduled_at").update()
        try await database.schema(ArticleRevisionModel.schema).delete()
    }
}
