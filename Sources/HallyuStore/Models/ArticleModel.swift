import Fluent
import Foundation
import HallyuCore

/// An article row; authors, tags and subjects live in link tables.
final class ArticleModel: Model, @unchecked Sendable {
    static let schema = "articles"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    @Field(key: "dek") var dek: String
    @Field(key: "body") var body: String
    @OptionalParent(key: "hero_media_id") var hero: MediaModel?
    @Field(key: "status") var status: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// When a scheduled article goes out.
    @OptionalField(key: "scheduled_at") var scheduledAt: Date?
    @Field(key: "featured") var featured: Bool
    /// Whether readers may still comment.
    @Field(key: "comments_open") var commentsOpen: Bool
    /// A page ("About us") stands apart from the news: never in lists, feeds or "You might like".
    @Field(key: "is_page") var isPage: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$article) var authorLinks: [ArticleAuthorModel]
    @Siblings(through: ArticleTagModel.self, from: \.$article, to: \.$tag) var tags: [TagModel]
    @Children(for: \.$article) var subjectLinks: [ArticleSubjectModel]

    init() {
        isPage = false
    }

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
final class ArticleAuthorModel: Model, @unchecked Sendable {
    static let schema = "article_authors"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "position") var position: Int

    init() {}

    init(articleID: UUID, userID: UUID, position: Int) {
        $article.id = articleID
        $user.id = userID
        self.position = position
    }
}

/// Tags on an article.
final class ArticleTagModel: Model, @unchecked Sendable {
    static let schema = "article_tags"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Parent(key: "tag_id") var tag: TagModel

    init() {}
}

/// An entity an article is about, by kind and id.
final class ArticleSubjectModel: Model, @unchecked Sendable {
    static let schema = "article_subjects"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(articleID: UUID, kind: EntityKind, entityID: UUID, position: Int) {
        $article.id = articleID
        entityKind = kind.rawValue
        self.entityID = entityID
        self.position = position
    }
}
