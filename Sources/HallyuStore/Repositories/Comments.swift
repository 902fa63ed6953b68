import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Readers' comments: threads as readers see them, what the spam defences ask about recent
/// comments, and the moderators' queue.
public struct Comments: Sendable {
    let database: any Database
    /// Where the public pages' reads go (`SQLiteReader`), when not through `database`.
    let reads: (any SQLDatabase)?

    public init(database: any Database, reads: (any SQLDatabase)? = nil) {
        self.database = database
        self.reads = reads
    }

    /// A published article as the comment form needs it.
    public struct Target: Sendable, Equatable {
        public var id: String
        public var slug: String
        public var title: String
        public var commentsOpen: Bool

        /// The target of an article already read.
        public init(_ article: Article) {
            id = article.id
            slug = article.slug
            title = article.title
            commentsOpen = article.commentsOpen
        }

        init(id: String, slug: String, title: String, commentsOpen: Bool) {
            self.id = id
            self.slug = slug
            self.title = title
            self.commentsOpen = commentsOpen
        }
    }

    /// A comment about to be stored; its status was decided by the screening rules.
    public struct NewComment: Sendable {
        public var articleID: String
        public var parentID: String?
        public var name: String
        public var email: String?
        public var body: String
        public var verdict: CommentVerdict
        public var commenterKey: String
        public var addressHash: String

        public init(
            articleID: String, parentID: String?, name: String, email: String?, body: String, verdict: CommentVerdict,
            commenterKey: String, addressHash: String
        ) {
            self.articleID = articleID
            self.parentID = parentID
            self.name = name
            self.email = email
            self.body = body
            self.verdict = verdict
            self.commenterKey = commenterKey
            self.addressHash = addressHash
        }
    }

    /// The published article with `slug`; drafts and unpublished stories have no comments.
    public func target(articleSlug slug: String) async throws -> Target? {
        guard
            let row = try await ArticleModel.query(on: database).filter(\.$slug == slug)
                .filter(\.$status == ArticleStatus.published.rawValue).first()
        else { return nil }
        return Target(id: try row.requireID().coreID, slug: row.slug, title: row.title, commentsOpen: row.commentsOpen)
    }

    /// The approved top-level comments, oldest first, each with its approved replies.
    public func thread(articleID: String, _ paging: Paging) async throws -> Paged<CommentThread> {
        try await discussion(articleID: articleID, paging).thread
    }

    /// A page of the thread and how many comments readers see in all, replies included.
    public struct Discussion: Sendable {
        public var thread: Paged<CommentThread>
        public var approvedCount: Int
    }

    /// A page of the thread with both counts in one query, in plain SQL: every article view
    /// reads it.
    public func discussion(articleID: String, _ paging: Paging) async throws -> Discussion {
        let article = UUID(coreID: articleID)
        let approved = CommentStatus.approved.rawValue
        let page: SQLQueryString = """
            SELECT id FROM comments WHERE article_id = \(bind: article) AND status = \(bind: approved) AND parent_id IS NULL
            ORDER BY created_at, id LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        // The comments first: PostgreSQL settles a union's column types branch by branch.
        let rows = try await readingSQL(reads, or: database).raw(
            """
            SELECT 'comment' AS part, c.id, c.parent_id, c.name, c.email, c.body, c.reason, c.commenter_key, c.created_at,
            0 AS approved_total, 0 AS top_level_total
            FROM comments c WHERE c.article_id = \(bind: article) AND c.status = \(bind: approved)
            AND (c.id IN (\(page)) OR c.parent_id IN (\(page)))
            UNION ALL
            SELECT 'totals', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            (SELECT COUNT(*) FROM comments WHERE article_id = \(bind: article) AND status = \(bind: approved)),
            (SELECT COUNT(*) FROM comments WHERE article_id = \(bind: article) AND status = \(bind: approved) AND parent_id IS NULL)
            """
        ).all()
        var totals = (approved: 0, topLevel: 0)
        var comments: [Comment] = []
        for row in rows {
            if try row.decode(column: "part", as: String.self) == "totals" {
                totals = (try row.decode(column: "approved_total", as: Int.self), try row.decode(column: "top_level_total", as: Int.self))
                continue
            }
            comments.append(
                Comment(
                    id: try row.id("id"), articleID: article.coreID,
                    parentID: try row.optionalID("parent_id"),
                    name: try row.decode(column: "name", as: String.self), email: try row.optional("email", String.self),
                    body: try row.decode(column: "body", as: String.self), status: .approved,
                    reason: try row.optional("reason", String.self),
                    commenterKey: try row.decode(column: "commenter_key", as: String.self),
                    createdAt: try row.decode(column: "created_at", as: Date.self)))
        }
        comments.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        let replies = Dictionary(grouping: comments.filter { $0.parentID != nil }) { $0.parentID ?? "" }
        let threads = comments.filter { $0.parentID == nil }.map { CommentThread(comment: $0, replies: replies[$0.id] ?? []) }
        return Discussion(
            thread: Paged(items: threads, page: paging.page, per: paging.per, total: totals.topLevel),
            approvedCount: totals.approved)
    }

    /// How many comments readers see on the article, replies included.
    public func approvedCount(articleID: String) async throws -> Int {
        try await approved(UUID(coreID: articleID)).count()
    }

    private func approved(_ article: UUID) -> QueryBuilder<CommentModel> {
        CommentModel.query(on: database).filter(\.$article.$id == article).filter(\.$status == CommentStatus.approved.rawValue)
    }

    /// Whether the commenter has had a comment approved before: then theirs publish directly.
    public func isKnown(commenterKey: String) async throws -> Bool {
        try await CommentModel.query(on: database).filter(\.$commenterKey == commenterKey)
            .filter(\.$status == CommentStatus.approved.rawValue).first() != nil
    }

    public func comment(id: String) async throws -> Comment? {
        try await CommentModel.find(UUID(coreID: id), on: database)?.toCore()
    }

    /// The top-level comment a reply attaches to: the comment itself, or its parent when it is
    /// a reply already (threads go one level deep). Nil unless readers can see it on the article.
    public func replyParent(id: String, articleID: String) async throws -> String? {
        guard let row = try await CommentModel.find(UUID(coreID: id), on: database),
            row.$article.id == UUID(coreID: articleID), row.status == CommentStatus.approved.rawValue
        else { return nil }
        guard let parentID = row.$parent.id else { return row.id?.coreID }
        // A reply's thread must be shown too: one whose top comment was taken down takes no more.
        guard let parent = try await CommentModel.find(parentID, on: database), parent.status == CommentStatus.approved.rawValue else {
            return nil
        }
        return parentID.coreID
    }

    public func add(_ new: NewComment, at now: Date) async throws -> Comment {
        let row = CommentModel()
        row.$article.id = UUID(coreID: new.articleID)
        row.$parent.id = new.parentID.map(UUID.init(coreID:))
        row.name = new.name
        row.email = new.email
        row.body = new.body
        row.status = new.verdict.status.rawValue
        row.reason = new.verdict.reason
        row.commenterKey = new.commenterKey
        row.addressHash = new.addressHash
        row.createdAt = now
        try await row.create(on: database)
        return row.toCore()
    }

    /// The page of the article's thread that shows the comment (a reply is on its parent's).
    public func page(of comment: Comment, per: Int) async throws -> Int {
        var top = comment
        if let parentID = comment.parentID, let parent = try await self.comment(id: parentID) { top = parent }
        let before = try await approved(UUID(coreID: top.articleID)).filter(\.$parent.$id == nil)
            .filter(\.$createdAt < top.createdAt).count()
        return before / per + 1
    }

    /// Comments waiting for a moderator, on every article.
    public func heldCount() async throws -> Int {
        try await CommentModel.query(on: database).filter(\.$status == CommentStatus.held.rawValue).count()
    }

    /// Whether an article (in any state) takes comments, and how many are shown and waiting.
    public func discussion(articleID: String) async throws -> (open: Bool, approved: Int, held: Int)? {
        let id = UUID(coreID: articleID)
        guard let article = try await ArticleModel.find(id, on: database) else { return nil }
        let held = try await CommentModel.query(on: database).filter(\.$article.$id == id)
            .filter(\.$status == CommentStatus.held.rawValue).count()
        return (article.commentsOpen, try await approvedCount(articleID: articleID), held)
    }

    /// Opens or closes an article's comments. The story itself is not edited by this, so its
    /// modification time (feeds, sitemaps) stays: Fluent's update would set it.
    public func setOpen(articleID: String, _ open: Bool) async throws {
        try await CreateEntityNamesAndIndexes.sql(database).update(ArticleModel.schema)
            .set("comments_open", to: SQLBind(open))
            .where(SQLColumn("id"), .equal, SQLBind(UUID(coreID: articleID)))
            .run()
    }
}
