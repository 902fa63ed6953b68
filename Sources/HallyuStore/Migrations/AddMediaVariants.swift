import Fluent

/// Each image's resized copies (`ImageVariants`), and why they could not be made.
struct AddMediaVariants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds no more at once.
        try await database.schema(MediaModel.schema).field("variants", .string).update()
        try await database.schema(MediaModel.schema).field("variants_problem", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MediaModel.schema).deleteField("variants_problem").update()
        try await database.schema(MediaModel.schema).deleteField("variants").update()
    }
}
