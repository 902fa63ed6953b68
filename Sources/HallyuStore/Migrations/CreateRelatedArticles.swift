import Fluent
import SQLKit

/// Each article's "You might like" picks, and the indexes that find an article's neighbours
/// by the entities and tags they share without reading every article.
struct CreateRelatedArticles: AsyncMigration {
    static let indexes: [(name: String, table: String, column: String)] = [
        ("related_articles_article", RelatedArticleModel.schema, "article_id"),
        ("related_articles_related", RelatedArticleModel.schema, "related_id"),
        ("article_subjects_entity_id", ArticleSubjectModel.schema, "entity_id"),
        ("article_subjects_article", ArticleSubjectModel.schema, "article_id"),
        ("article_mentions_article", ArticleMentionModel.schema, "article_id"),
        ("article_tags_article", ArticleTagModel.schema, "article_id"),
    ]

    func prepare(on database: Database) async throws {
        try await database.schema(RelatedArticleModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("related_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("score", .double, .required)
            .unique(on: "article_id", "related_id")
            .create()
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        for index in Self.indexes { try await sql.create(index: index.name).on(index.table).column(index.column).run() }
        // Articles written before the picks were kept.
        try await RelatedArticles(database: database).rebuildAll()
    }

    func revert(on database: Database) async throws {
        let sql = try CreateEntityNamesAndIndexes.sql(database)
        for index in Self.indexes.reversed() where index.table != RelatedArticleModel.schema {
            try await sql.drop(index: index.name).run()
        }
        try await database.schema(RelatedArticleModel.schema).delete()
    }
}
