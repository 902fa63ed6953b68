import Foundation

/// Where an article is in its life; only `published` ones are public.
public enum ArticleStatus: String, Codable, Sendable, CaseIterable {
    case draft, review, scheduled, published, unpublished
}

/// A tag, as readers browse them at `/tags/{slug}`.
public struct Tag: Sendable, Hashable, Codable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }

    public var ref: EntityRef { EntityRef(kind: .tag, slug: slug, name: name) }
}

/// A byline.
public struct Author: Sendable, Hashable, Codable {
    public var slug: String
    public var name: String
    public var bio: String

    public init(slug: String, name: String, bio: String = "") {
        self.slug = slug
        self.name = name
        self.bio = bio
    }
}

/// A story: Markdown body plus what it is about.
public struct Article: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var title: String
    public var dek: String
    /// Markdown source.
    public var body: String
    public var hero: Media?
    public var authors: [Author]
    public var tags: [Tag]
    /// The entities the story is about (not merely mentions).
    public var subjects: [EntityRef]
    public var status: ArticleStatus
    public var publishedAt: Date?
    public var updatedAt: Date
    public var featured: Bool
    /// Whether readers may still comment; editors close an article's comments.
    public var commentsOpen: Bool

    public init(
        id: String, slug: String, title: String, dek: String = "", body: String, hero: Media? = nil,
        authors: [Author] = [], tags: [Tag] = [], subjects: [EntityRef] = [], status: ArticleStatus,
        publishedAt: Date? = nil, updatedAt: Date, featured: Bool = false, commentsOpen: Bool = true
    ) {
        self.commentsOpen = commentsOpen
        self.id = id
        self.slug = slug
        self.title = title
        self.dek = dek
        self.body = body
        self.hero = hero
        self.authors = authors
        self.tags = tags
        self.subjects = subjects
        self.status = status
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.featured = featured
    }

    public var ref: EntityRef { EntityRef(kind: .article, slug: slug, name: title) }
}

/// An article in a list: what a card needs, without the body.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var slug: String
    public var title: String
    public var dek: String
    public var hero: Media?
    public var authors: [Author]
    public var publishedAt: Date?
    public var featured: Bool
    /// When readers last saw it change (its publication, or a later edit).
    public var updatedAt: Date?

    public init(
        slug: String, title: String, dek: String, hero: Media?, authors: [Author], publishedAt: Date?, featured: Bool,
        updatedAt: Date? = nil
    ) {
        self.slug = slug
        self.title = title
        self.dek = dek
        self.hero = hero
        self.authors = authors
        self.publishedAt = publishedAt
        self.featured = featured
        self.updatedAt = updatedAt
    }
}
