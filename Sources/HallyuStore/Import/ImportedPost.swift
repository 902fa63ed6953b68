import Foundation
import HallyuCore

/// A post from another platform, ready to be placed: its text already Markdown, its author,
/// tags and hero already found here. `key` names it in the source ("post:41") and `version`
/// says which edit of it this is, so placing it again changes nothing unless it changed.
public struct ImportedPost: Sendable {
    public var key: String
    public var version: String
    public var slug: String
    public var title: String
    public var dek: String
    public var body: String
    public var status: ArticleStatus
    public var publishedAt: Date?
    public var scheduledAt: Date?
    public var featured: Bool
    public var isPage: Bool
    public var commentsOpen: Bool
    /// The byline's account, by slug.
    public var authorSlug: String?
    public var tagSlugs: [String]
    public var heroMediaID: UUID?
    /// What the post is about, as its text names it.
    public var subjects: [MentionTarget]
    public var comments: [ImportedComment]

    public init(
        key: String, version: String, slug: String, title: String, dek: String, body: String, status: ArticleStatus,
        publishedAt: Date?, scheduledAt: Date?, featured: Bool, isPage: Bool, commentsOpen: Bool, authorSlug: String?,
        tagSlugs: [String], heroMediaID: UUID?, subjects: [MentionTarget], comments: [ImportedComment]
    ) {
        self.key = key
        self.version = version
        self.slug = slug
        self.title = title
        self.dek = dek
        self.body = body
        self.status = status
        self.publishedAt = publishedAt
        self.scheduledAt = scheduledAt
        self.featured = featured
        self.isPage = isPage
        self.commentsOpen = commentsOpen
        self.authorSlug = authorSlug
        self.tagSlugs = tagSlugs
        self.heroMediaID = heroMediaID
        self.subjects = subjects
        self.comments = comments
    }
}

/// A comment from another platform; `parentKey` names the comment it answers.
public struct ImportedComment: Sendable {
    public var key: String
    public var parentKey: String?
    public var name: String
    public var email: String?
    public var body: String
    public var status: CommentStatus
    public var createdAt: Date

    public init(key: String, parentKey: String?, name: String, email: String?, body: String, status: CommentStatus, createdAt: Date) {
        self.key = key
        self.parentKey = parentKey
        self.name = name
        self.email = email
        self.body = body
        self.status = status
        self.createdAt = createdAt
    }
}

/// What placing a post did.
public enum ImportedPostOutcome: Sendable, Equatable {
    case added, updated, unchanged
}
