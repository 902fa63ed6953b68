import Fluent

struct CreateArticle: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(MediaModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("file_name", .string)
            .field("content_type", .string, .required)
            .field("alt", .string, .required)
            .field("caption", .string, .required)
            .field("credit", .string, .required)
            .field("source_url", .string)
            .field("licence", .string, .required)
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("provider", .string)
            .field("embed_url", .string)
            .field("created_at", .datetime)
            .unique(on: "file_name")
            .create()
        try await database.schema(TagModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.schema(ArticleModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("dek", .string, .required)
            .field("body", .string, .required)
            .field("hero_media_id", .uuid, .references(MediaModel.schema, "id", onDelete: .setNull))
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("featured", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "slug")
            .create()
        try await database.schema(ArticleAuthorModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "article_id", "user_id")
            .create()
        try await database.schema(ArticleTagModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("tag_id", .uuid, .required, .references(TagModel.schema, "id", onDelete: .cascade))
            .unique(on: "article_id", "tag_id")
            .create()
        try await database.schema(ArticleSubjectModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("entity_kind", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("position", .int, .required)
            .unique(on: "article_id", "entity_kind", "entity_id")
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [
            ArticleSubjectModel.schema, ArticleTagModel.schema, ArticleAuthorModel.schema,
            ArticleModel.schema, TagModel.schema, MediaModel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
