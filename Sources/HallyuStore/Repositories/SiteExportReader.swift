import Fluent
import Foundation
import HallyuCore

/// Reads the whole newsroom for an export a page at a time, so an export of any size holds one
/// page of articles in memory.
public struct SiteExportReader: Sendable {
    /// An article with everything an export carries beside it.
    public struct Article: Sendable {
        public var id: UUID
        public var slug: String
        public var title: String
        public var dek: String
        public var body: String
        public var status: ArticleStatus
        public var publishedAt: Date?
        public var scheduledAt: Date?
        public var createdAt: Date?
        public var updatedAt: Date?
        public var featured: Bool
        public var commentsOpen: Bool
        public var isPage: Bool
        public var heroMediaID: UUID?
        /// The byline's account slugs, in order.
        public var authors: [String]
        public var tagSlugs: [String]
        /// Oldest first.
        public var comments: [Comment]
    }

    public struct Account: Sendable {
        public var id: UUID
        public var slug: String
        public var name: String
        public var email: String
        public var role: String
    }

    public struct TagEntry: Sendable {
        public var id: UUID
        public var slug: String
        public var name: String
        public var parentSlug: String?
    }

    public struct MediaEntry: Sendable {
        public var id: UUID
        public var media: Media
        public var createdAt: Date?
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Up to `limit` articles after `after` in id order, with bylines, tags and comments.
    public func articles(after: UUID?, limit: Int) async throws -> [Article] {
        var query = ArticleModel.query(on: database).sort(\.$id).limit(limit)
        if let after { query = query.filter(\.$id > after) }
        let rows = try await query.all()
        let ids = try rows.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let bylines = try await ArticleAuthorModel.query(on: database).filter(\.$article.$id ~~ ids).with(\.$user).sort(\.$position).all()
        let tagLinks = try await ArticleTagModel.query(on: database).filter(\.$article.$id ~~ ids).with(\.$tag).all()
        let comments = try await CommentModel.query(on: database).filter(\.$article.$id ~~ ids).sort(\.$createdAt).sort(\.$id).all()
        var authors: [UUID: [String]] = [:]
        for link in bylines { authors[link.$article.id, default: []].append(link.user.slug) }
        var tags: [UUID: [String]] = [:]
        for link in tagLinks { tags[link.$article.id, default: []].append(link.tag.slug) }
        var threads: [UUID: [Comment]] = [:]
        for comment in comments { threads[comment.$article.id, default: []].append(comment.toCore()) }
        return try rows.map { row in
            let id = try row.requireID()
            return Article(
                id: id, slug: row.slug, title: row.title, dek: row.dek, body: row.body,
                status: ArticleStatus(rawValue: row.status) ?? .draft, publishedAt: row.publishedAt, scheduledAt: row.scheduledAt,
                createdAt: row.createdAt, updatedAt: row.updatedAt, featured: row.featured, commentsOpen: row.commentsOpen,
                isPage: row.isPage, heroMediaID: row.$hero.id, authors: authors[id] ?? [], tagSlugs: (tags[id] ?? []).sorted(),
                comments: threads[id] ?? [])
        }
    }

    public func accounts() async throws -> [Account] {
        try await UserModel.query(on: database).sort(\.$slug).all().map {
            Account(id: try $0.requireID(), slug: $0.slug, name: $0.name, email: $0.email, role: $0.role)
        }
    }

    public func tags() async throws -> [TagEntry] {
        let rows = try await TagModel.query(on: database).sort(\.$slug).all()
        let slugs = Dictionary(uniqueKeysWithValues: try rows.map { (try $0.requireID(), $0.slug) })
        return try rows.map { TagEntry(id: try $0.requireID(), slug: $0.slug, name: $0.name, parentSlug: $0.parentID.flatMap { slugs[$0] }) }
    }

    public func media() async throws -> [MediaEntry] {
        try await MediaModel.query(on: database).sort(\.$id).all().map {
            MediaEntry(id: try $0.requireID(), media: try $0.toCore(), createdAt: $0.createdAt)
        }
    }
}
