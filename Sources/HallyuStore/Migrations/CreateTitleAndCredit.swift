import Fluent

struct CreateTitleAndCredit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(TitleModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("native_name", .string)
            .field("aliases", .array(of: .string), .required)
            .field("synopsis", .string, .required)
            .field("first_aired", .string)
            .field("last_aired", .string)
            .field("episodes", .int)
            .field("genres", .array(of: .string), .required)
            .unique(on: "slug")
            .create()
        try await database.schema(TitleOutletModel.schema)
            .id()
            .field("title_id", .uuid, .required, .references(TitleModel.schema, "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references(OrganizationModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("position", .int, .required)
            .unique(on: "title_id", "organization_id", "role")
            .create()
        try await database.schema(CreditModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("title_id", .uuid, .required, .references(TitleModel.schema, "id", onDelete: .cascade))
            .field("character_name", .string)
            .field("character_native_name", .string)
            .field("character_short_names", .array(of: .string), .required)
            .field("billing", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CreditModel.schema).delete()
        try await database.schema(TitleOutletModel.schema).delete()
        try await database.schema(TitleModel.schema).delete()
    }
}
