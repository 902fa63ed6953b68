import Fluent
import Foundation
import HallyuCore
import SQLKit

extension ArticleWriter {
    /// What placing one post did.
    public typealias Placed = (outcome: ImportedPostOutcome, slug: String, comments: Int)

    /// Places a batch of imported posts inside the caller's transaction: a new article the first
    /// time, the same article updated (with a revision saying so) when the source changed it
    /// since, nothing when it did not. Comments not placed before are added under their parents;
    /// those placed before are left to the moderators. Accounts, tags and subjects are looked up
    /// once a batch, and the batch's rows are written a statement a table, not one a row.
    func place(_ posts: [ImportedPost], ledger: inout ImportLedger) async throws -> [Placed] {
        var lookups = try await ImportLookups.load(for: posts, on: database)
        var rows = ImportRows(source: ledger.source)
        var slugs = try await FreeSlugs.load(for: posts.filter { ledger[$0.key] == nil }.map(\.slug), on: database)
        var searches: [(id: UUID, post: ImportedPost, isNew: Bool)] = []
        var results: [Placed] = []
        for post in posts {
            let articleID: UUID
            let slug: String
            var outcome: ImportedPostOutcome
            if let id = ledger[post.key], let existing = try await ArticleModel.find(id, on: database) {
                outcome = ledger.versions[post.key] == post.version ? .unchanged : .updated
                (articleID, slug) = (id, existing.slug)
                if outcome == .updated {
                    try await update(existing, from: post)
                    let number = (try await ArticleRevisionModel.query(on: database).filter(\.$article.$id == id).max(\.$number) ?? 0) + 1
                    try await rows.links(post, articleID: id, slug: slug, revision: number, lookups: &lookups, on: database)
                    try await ledger.record(post.key, kind: EntityKind.article.rawValue, id, version: post.version, on: database)
                    searches.append((id, post, false))
                }
            } else {
                outcome = .added
                articleID = UUID()
                slug = try await slugs.take(post.slug, on: database)
                rows.article(post, id: articleID, slug: slug)
                try await rows.links(post, articleID: articleID, slug: slug, revision: 1, lookups: &lookups, on: database)
                rows.record(post.key, kind: EntityKind.article.rawValue, id: articleID, version: post.version)
                ledger.remember(post.key, articleID, version: post.version)
                searches.append((articleID, post, true))
            }
            let placedBefore = outcome == .added ? [:] : try await placedComments(post.comments, source: ledger.source)
            let added = rows.comments(post.comments, articleID: articleID, placedBefore: placedBefore)
            if outcome == .unchanged && added > 0 { outcome = .updated }
            results.append((outcome, slug, added))
        }
        try await rows.insert(on: database)
        for (id, post, isNew) in searches {
            try await ArticleSearch(database: database).update(
                articleID: id, title: post.title, dek: post.dek, body: post.body,
                publishedAt: post.status == .published && !post.isPage ? post.publishedAt : nil, isNew: isNew)
        }
        return results
    }

    /// An article placed before, changed to what the source says now; its byline, tags and
    /// subjects go, to be written again with the batch.
    private func update(_ row: ArticleModel, from post: ImportedPost) async throws {
        row.title = post.title
        row.dek = post.dek
        row.body = post.body
        row.$hero.id = post.heroMediaID
        row.status = post.status.rawValue
        row.publishedAt = post.publishedAt
        row.scheduledAt = post.scheduledAt
        row.featured = post.featured
        row.commentsOpen = post.commentsOpen
        row.isPage = post.isPage
        try await row.update(on: database)
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        for table in ["article_authors", "article_tags", "article_subjects"] {
            try await sql.delete(from: table).where("article_id", .equal, SQLBind(try row.requireID())).run()
        }
    }

    /// The comments of a post placed before, by key: asked of the database for the one post,
    /// rather than held in memory for all of them.
    private func placedComments(_ comments: [ImportedComment], source: String) async throws -> [String: UUID] {
        guard !comments.isEmpty else { return [:] }
        let rows = try await ImportRecordModel.query(on: database).filter(\.$source == source)
            .filter(\.$externalKey ~~ comments.map(\.key)).all()
        return Dictionary(rows.map { ($0.externalKey, $0.entityID) }, uniquingKeysWith: { first, _ in first })
    }
}
