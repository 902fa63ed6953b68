import Fluent
import SQLKit

/// The name look-up table, and the indexes that keep list and page queries from scanning.
struct CreateEntityNamesAndIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("entity_names_key", EntityNameModel.schema, ["key"]),
        ("entity_names_entity", EntityNameModel.schema, ["entity_kind", "entity_id"]),
        ("articles_status_published", ArticleModel.schema, ["status", "published_at"]),
        ("article_subjects_entity", ArticleSubjectModel.schema, ["entity_kind", "entity_id"]),
        ("article_tags_tag", ArticleTagModel.schema, ["tag_id"]),
        ("credits_person", CreditModel.schema, ["person_id"]),
        ("credits_title", CreditModel.schema, ["title_id"]),
        ("quote_subjects_entity", QuoteSubjectModel.schema, ["entity_kind", "entity_id"]),
        ("quotes_speaker", QuoteModel.schema, ["speaker_id"]),
    ]

    func prepare(on database: Database) async throws {
        try await database.schema(EntityNameModel.schema)
            .id()
            .field("entity_kind", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("key", .string, .required)
            .field("name", .string, .required)
            .create()
        try await Self.create(Self.indexes, on: database)
    }

    /// Creates each index on its table's columns, in order.
    static func create(_ indexes: [(name: String, table: String, columns: [String])], on database: any Database) async throws {
        let sql = try Self.sql(database)
        for index in indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: Database) async throws {
        let sql = try Self.sql(database)
        for index in Self.indexes.reversed() where index.table != EntityNameModel.schema {
            try await sql.drop(index: index.name).run()
        }
        try await database.schema(EntityNameModel.schema).delete()
    }

    /// Both supported drivers speak SQL; anything else cannot hold the schema.
    static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        return sql
    }
}
