import Foundation

/// Where a comment stands: waiting for a moderator, shown to readers, or set aside.
public enum CommentStatus: String, Codable, Sendable, CaseIterable {
    case held, approved, spam, trash
}

/// A reader's comment on an article. The e-mail address is for the site's owner only and is
/// never shown; the client address is never kept at all, only its salted hash in the store.
public struct Comment: Sendable, Hashable, Codable {
    public var id: String
    public var articleID: String
    /// The top-level comment this one answers; replies go one level deep.
    public var parentID: String?
    public var name: String
    public var email: String?
    /// Plain text as the reader wrote it (cleaned of control characters); see `CommentText`.
    public var body: String
    public var status: CommentStatus
    /// Why the comment was held or set aside ("first comment", "more than 2 links").
    public var reason: String?
    /// Who wrote it, across comments: a hash of the e-mail address or of the commenter cookie.
    public var commenterKey: String
    public var createdAt: Date

    public init(
        id: String, articleID: String, parentID: String? = nil, name: String, email: String? = nil, body: String,
        status: CommentStatus, reason: String? = nil, commenterKey: String, createdAt: Date
    ) {
        self.id = id
        self.articleID = articleID
        self.parentID = parentID
        self.name = name
        self.email = email
        self.body = body
        self.status = status
        self.reason = reason
        self.commenterKey = commenterKey
        self.createdAt = createdAt
    }
}

/// A top-level comment with its replies, as a thread is shown.
public struct CommentThread: Sendable, Hashable {
    public var comment: Comment
    public var replies: [Comment]

    public init(comment: Comment, replies: [Comment]) {
        self.comment = comment
        self.replies = replies
    }
}
