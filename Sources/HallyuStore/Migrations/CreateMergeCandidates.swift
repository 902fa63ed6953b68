import Fluent

/// The pairs of people imports leave for an editor to merge or keep apart; a pair goes with
/// either person.
struct CreateMergeCandidates: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(MergeCandidateModel.schema)
            .id()
            .field("first_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("second_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("reason", .string, .required)
            .field("dismissed", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "first_id", "second_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MergeCandidateModel.schema).delete()
    }
}
