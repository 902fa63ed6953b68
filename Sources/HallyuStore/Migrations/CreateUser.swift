import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("role", .string, .required)
            .field("bio", .string, .required)
            .field("password_hash", .string)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .unique(on: "email")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}
