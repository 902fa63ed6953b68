import Fluent

/// Where a person was born, as readers ask it ("Born 2 February 1994 in Ulsan"); empty for the
/// people already stored.
struct AddPersonBirthplace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).field("birthplace", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).deleteField("birthplace").update()
    }
}
