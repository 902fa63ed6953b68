import Fluent
import Foundation
import HallyuCore

/// An article row; authors, tags and subjects live in link tables.
public final class ArticleModel: Model, @unchecked Sendable {
    public static let schema = "articles"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "title") public var title: String
    @Field(key: "dek") public var dek: String
    @Field(key: "body") public var body: String
    @OptionalParent(key: "hero_media_id") public var hero: MediaModel?
    @Field(key: "status") public var status: String
    @OptionalField(key: "published_at") public var publishedAt: Date?
    /// When a scheduled article goes out.
    @OptionalField(key: "scheduled_at") public var scheduledAt: Date?
    @Field(key: "featured") public var featured: Bool
    /// Whether readers may still comment.
    @Field(key: "comments_open") public var commentsOpen: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$article) public var authorLinks: [ArticleAuthorModel]
    @Siblings(through: ArticleTagModel.self, from: \.$article, to: \.$tag) public var tags: [TagModel]
    @Children(for: \.$article) public var subjectLinks: [ArticleSubjectModel]

    public init() {}

    var ref: EntityRef { EntityRef(kind: .article, slug: slug, name: title) }

    /// When readers last saw it change: an edit after it was written, else its publication.
    /// (The update timestamp is also set when the row is created, which is no edit.)
    var lastEdited: Date {
        Self.lastEdited(published: publishedAt, created: createdAt, updated: updatedAt)
    }

    static func lastEdited(published: Date?, created: Date?, updated: Date?) -> Date {
        let published = published ?? created ?? Date(timeIntervalSince1970: 0)
        guard let updated, let created, updated.timeIntervalSince(created) > 1 else { return published }
        return max(updated, published)
    }
}

/// An article's byline, in order.
public final class ArticleAuthorModel: Model, @unchecked Sendable {
    public static let schema = "article_authors"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "article_id") public var article: ArticleModel
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "position") public var position: Int

    public init() {}

    init(articleID: UUID, userID: UUID, position: Int) {
        $article.id = articleID
        $user.id = userID
        self.position = position
    }
}

/// Tags on an article.
public final class ArticleTagModel: Model, @unchecked Sendable {
    public static let schema = "article_tags"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "article_id") public var article: ArticleModel
    @Parent(key: "tag_id") public var tag: TagModel

    public init() {}
}

/// An entity an article is about, by kind and id.
public final class ArticleSubjectModel: Model, @unchecked Sendable {
    public static let schema = "article_subjects"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "article_id") public var article: ArticleModel
    @Field(key: "entity_kind") public var entityKind: String
    @Field(key: "entity_id") public var entityID: UUID
    @Field(key: "position") public var position: Int

    public init() {}

    init(articleID: UUID, kind: EntityKind, entityID: UUID, position: Int) {
        $article.id = articleID
        entityKind = kind.rawValue
        self.entityID = entityID
        self.position = position
    }
}
