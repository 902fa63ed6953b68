import Fluent

/// Slug redirects and settings: the site's own bookkeeping.
struct CreateSiteTables: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(SlugRedirectModel.schema)
            .id()
            .field("entity_kind", .string, .required)
            .field("old_slug", .string, .required)
            .field("entity_id", .uuid, .required)
            .unique(on: "entity_kind", "old_slug")
            .create()
        try await database.schema(SettingModel.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SettingModel.schema).delete()
        try await database.schema(SlugRedirectModel.schema).delete()
    }
}
