import Foundation

/// One article as every feed format sees it: the RSS, Atom and JSON Feed writers all read
/// this, so the three feeds can never disagree about an article.
public struct FeedEntry: Sendable, Hashable {
    /// A stable URI that never changes once published (readers use it to spot duplicates),
    /// usually the article's absolute URL.
    public var id: String
    /// The article's absolute URL.
    public var url: String
    public var title: String
    /// Plain text, no markup.
    public var summary: String
    /// The full body as HTML, when the feed carries whole articles.
    public var contentHTML: String?
    public var published: Date
    public var updated: Date
    /// Display names of the bylines.
    public var authors: [String]
    public var categories: [String]
    /// The hero picture.
    public var image: FeedImage?

    public init(
        id: String, url: String, title: String, summary: String, contentHTML: String? = nil,
        published: Date, updated: Date, authors: [String] = [], categories: [String] = [],
        image: FeedImage? = nil
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.image = image
    }
}

/// A picture attached to a feed entry (an enclosure in RSS and Atom, an attachment in JSON Feed).
public struct FeedImage: Sendable, Hashable {
    /// Absolute URL of the image file.
    public var url: String
    /// For example `image/jpeg`.
    public var mimeType: String
    /// Size in bytes, when known.
    public var length: Int?
    public var caption: String
    public var credit: String

    public init(url: String, mimeType: String, length: Int? = nil, caption: String = "", credit: String = "") {
        self.url = url
        self.mimeType = mimeType
        self.length = length
        self.caption = caption
        self.credit = credit
    }
}

/// A whole feed: the site it belongs to and its newest entries, newest first.
public struct FeedChannel: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Absolute URL of the site's home page.
    public var siteURL: String
    /// Absolute URL this feed is served at, so readers can find it again.
    public var feedURL: String
    /// A language tag such as `en`.
    public var language: String
    /// When anything in the feed last changed.
    public var updated: Date
    public var entries: [FeedEntry]

    public init(
        title: String, description: String, siteURL: String, feedURL: String, language: String,
        updated: Date, entries: [FeedEntry]
    ) {
        self.title = title
        self.description = description
        self.siteURL = siteURL
        self.feedURL = feedURL
        self.language = language
        self.updated = updated
        self.entries = entries
    }
}
