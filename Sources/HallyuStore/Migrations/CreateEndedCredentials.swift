import Fluent

/// Sessions and API tokens ended by their account being disabled, remembered by hash until they
/// would have run out.
struct CreateEndedCredentials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EndedCredentialModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("ended_at", .datetime, .required)
            .field("kept_until", .datetime, .required)
            .field("last_logged_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EndedCredentialModel.schema).delete()
    }
}
