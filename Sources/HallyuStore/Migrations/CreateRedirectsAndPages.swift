import Fluent
import SQLKit

/// What moving a site in needs: old addresses that answer with a redirect, articles that are
/// pages ("About us"), tags under a parent tag (a category's place in its tree), and the
/// version of an imported record, so an import run again updates only what changed.
struct CreateRedirectsAndPages: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(RedirectModel.schema)
            .id()
            .field("path", .string, .required)
            .field("target", .string, .required)
            .field("status", .int, .required)
            .field("origin", .string, .required)
            .field("hits", .int, .required)
            .field("last_hit_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "path")
            .create()
        try await database.schema(ArticleModel.schema).field("is_page", .bool, .required, .sql(.default(false))).update()
        // Lists count pages apart to take them away; there are few, and this index holds only them.
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        try await sql.raw("CREATE INDEX articles_pages ON articles (status) WHERE is_page").run()
        try await database.schema(TagModel.schema).field("parent_id", .uuid).update()
        try await database.schema(ImportRecordModel.schema).field("version", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ImportRecordModel.schema).deleteField("version").update()
        try await database.schema(TagModel.schema).deleteField("parent_id").update()
        try await database.schema(ArticleModel.schema).deleteField("is_page").update()
        try await database.schema(RedirectModel.schema).delete()
    }
}
