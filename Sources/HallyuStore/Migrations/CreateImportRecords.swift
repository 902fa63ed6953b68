import Fluent

struct CreateImportRecords: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ImportRecordModel.schema)
            .id()
            .field("source", .string, .required)
            .field("external_key", .string, .required)
            .field("entity_kind", .string, .required)
            .field("entity_id", .uuid, .required)
            .unique(on: "source", "external_key")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ImportRecordModel.schema).delete()
    }
}
