import Fluent
import FluentSQL
import SQLKit

/// Readers' comments and polls, and the switch that closes an article's comments.
struct CreateCommunity: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CommentModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("parent_id", .uuid, .references(CommentModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("commenter_key", .string, .required)
            .field("address_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PollModel.schema)
            .id()
            .field("question", .string, .required)
            .field("article_id", .uuid, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field("couple_id", .uuid, .references(CoupleModel.schema, "id", onDelete: .cascade))
            .field("closes_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PollOptionModel.schema)
            .id()
            .field("poll_id", .uuid, .required, .references(PollModel.schema, "id", onDelete: .cascade))
            .field("label", .string, .required)
            .field("position", .int, .required)
            .create()
        try await database.schema(PollVoteModel.schema)
            .id()
            .field("poll_id", .uuid, .required, .references(PollModel.schema, "id", onDelete: .cascade))
            .field("option_id", .uuid, .required, .references(PollOptionModel.schema, "id", onDelete: .cascade))
            .field("voter_key", .string, .required)
            .field("address_hash", .string, .required)
            .field("created_at", .datetime, .required)
            // One vote per voter per poll, held by the database itself, so two tabs racing
            // cannot both count.
            .unique(on: "poll_id", "voter_key")
            .create()
        try await database.schema(ArticleModel.schema)
            .field("comments_open", .bool, .required, .sql(.default(true))).update()
        guard let sql = database as? any SQLDatabase else { return }
        // An article's thread, oldest first; the moderation queue by state, newest first; a
        // commenter's history; and the recent comments from one address for its limits.
        try await sql.raw("CREATE INDEX comments_thread ON comments (article_id, status, created_at)").run()
        try await sql.raw("CREATE INDEX comments_queue ON comments (status, created_at)").run()
        try await sql.raw("CREATE INDEX comments_commenter ON comments (commenter_key, status)").run()
        try await sql.raw("CREATE INDEX comments_address ON comments (address_hash, created_at)").run()
        try await sql.raw("CREATE INDEX polls_article ON polls (article_id)").run()
        try await sql.raw("CREATE INDEX polls_couple ON polls (couple_id)").run()
        try await sql.raw("CREATE INDEX poll_options_poll ON poll_options (poll_id, position)").run()
        try await sql.raw("CREATE INDEX poll_votes_tally ON poll_votes (poll_id, option_id)").run()
        try await sql.raw("CREATE INDEX poll_votes_address ON poll_votes (poll_id, address_hash, created_at)").run()
    }

    func revert(on database: Database) async throws {
        // Dropping a table drops its indexes, in SQLite and PostgreSQL alike.
        try await database.schema(ArticleModel.schema).deleteField("comments_open").update()
        try await database.schema(PollVoteModel.schema).delete()
        try await database.schema(PollOptionModel.schema).delete()
        try await database.schema(PollModel.schema).delete()
        try await database.schema(CommentModel.schema).delete()
    }
}
