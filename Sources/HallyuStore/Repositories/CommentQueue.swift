import Fluent
import Foundation
import HallyuCore
import SQLKit

/// The moderators' view of comments: by state or by commenter, and the decisions on them.
public struct CommentQueue: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// A comment with the article it was left on.
    public struct Item: Sendable {
        public var comment: Comment
        public var article: EntityRef
        public var articleCommentsOpen: Bool
    }

    /// A commenter's record: how many of their comments are in each state.
    public struct History: Sendable, Equatable {
        public var counts: [CommentStatus: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// Comments in `status` (newest first), or all of one commenter's when `commenterKey` is given.
    public func items(status: CommentStatus?, commenterKey: String?, _ paging: Paging) async throws -> Paged<Item> {
        func query() -> QueryBuilder<CommentModel> {
            let query = CommentModel.query(on: database)
            if let status { query.filter(\.$status == status.rawValue) }
            if let commenterKey { query.filter(\.$commenterKey == commenterKey) }
            return query
        }
        let total = try await query().count()
        let rows = try await query().with(\.$article).sort(\.$createdAt, .descending).sort(\.$id)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        let items = rows.map { Item(comment: $0.toCore(), article: $0.article.ref, articleCommentsOpen: $0.article.commentsOpen) }
        return Paged(items: items, page: paging.page, per: paging.per, total: total)
    }

    /// How many comments are in each state, for the queue's tabs.
    public func counts() async throws -> [CommentStatus: Int] {
        let rows = try await CreateEntityNamesAndIndexes.sql(database).raw("SELECT status, count(*) AS total FROM comments GROUP BY status").all()
        var counts: [CommentStatus: Int] = [:]
        for row in rows {
            guard let status = CommentStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[status] = try row.decode(column: "total", as: Int.self)
        }
        return counts
    }

    /// The records of the commenters, by key.
    public func histories(commenterKeys: Set<String>) async throws -> [String: History] {
        guard !commenterKeys.isEmpty else { return [:] }
        let rows = try await CreateEntityNamesAndIndexes.sql(database).raw(
            """
            SELECT commenter_key, status, count(*) AS total FROM comments
            WHERE commenter_key IN \(SQLBind.group(Array(commenterKeys))) GROUP BY commenter_key, status
            """
        ).all()
        var histories: [String: History] = [:]
        for row in rows {
            let key = try row.decode(column: "commenter_key", as: String.self)
            guard let status = CommentStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            histories[key, default: History(counts: [:])].counts[status] = try row.decode(column: "total", as: Int.self)
        }
        return histories
    }

    /// Moves the comments to `status`; returns the ones that changed, for the audit log. One
    /// statement that changes and reports, so no reading transaction has to turn into a
    /// writing one while readers post (which SQLite refuses rather than waits for).
    public func move(ids: [String], to status: CommentStatus) async throws -> [Comment] {
        let uuids = ids.compactMap { UUID(uuidString: $0) }
        guard !uuids.isEmpty else { return [] }
        let rows = try await CreateEntityNamesAndIndexes.sql(database).raw(
            """
            UPDATE comments SET status = \(bind: status.rawValue)
            WHERE id IN \(SQLBind.group(uuids)) AND status <> \(bind: status.rawValue)
            RETURNING id, article_id, parent_id, name, body, commenter_key, created_at
            """
        ).all()
        return try rows.map { row in
            Comment(
                id: try row.id("id"),
                articleID: try row.id("article_id"),
                parentID: try row.optionalID("parent_id"),
                name: try row.decode(column: "name", as: String.self), body: try row.decode(column: "body", as: String.self),
                status: status, commenterKey: try row.decode(column: "commenter_key", as: String.self),
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }
}
