import Fluent

struct CreateCoupleAndQuote: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CoupleModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("first_person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("second_person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("note", .string, .required)
            .unique(on: "slug")
            .unique(on: "first_person_id", "second_person_id")
            .create()
        try await database.schema(CoupleStatusModel.schema)
            .id()
            .field("couple_id", .uuid, .required, .references(CoupleModel.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("date", .string, .required)
            .field("statement", .string, .required)
            .field("source_article_id", .uuid, .references(ArticleModel.schema, "id", onDelete: .setNull))
            .field("source_url", .string)
            .create()
        try await database.schema(QuoteModel.schema)
            .id()
            .field("text", .string, .required)
            .field("kind", .string, .required)
            .field("speaker_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("source_article_id", .uuid, .references(ArticleModel.schema, "id", onDelete: .setNull))
            .field("source_url", .string)
            .field("date", .string)
            .field("context", .string, .required)
            .create()
        try await database.schema(QuoteSubjectModel.schema)
            .id()
            .field("quote_id", .uuid, .required, .references(QuoteModel.schema, "id", onDelete: .cascade))
            .field("entity_kind", .string, .required)
            .field("entity_id", .uuid, .required)
            .unique(on: "quote_id", "entity_kind", "entity_id")
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [QuoteSubjectModel.schema, QuoteModel.schema, CoupleStatusModel.schema, CoupleModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
