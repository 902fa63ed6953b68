import HallyuCore
import Vapor

/// An article in API lists.
struct ArticleSummaryDTO: Content {
    var slug: String
    var title: String
    var dek: String
    var url: String
    var publishedAt: String?
    var authors: [AuthorDTO]
    var hero: MediaDTO?

    init(_ summary: ArticleSummary, formatting: Formatting, base: String) {
        slug = summary.slug
        title = summary.title
        dek = summary.dek
        url = base + Paths.article(summary.slug)
        publishedAt = summary.publishedAt.map(formatting.iso)
        authors = summary.authors.map(AuthorDTO.init)
        hero = summary.hero.map { MediaDTO($0, base: base) }
    }
}

/// A whole published article: Markdown source and the HTML readers see.
struct ArticleDTO: Content {
    var id: String
    var slug: String
    var title: String
    var dek: String
    var url: String
    var status: String
    var publishedAt: String?
    var updatedAt: String
    var authors: [AuthorDTO]
    var tags: [EntityRef]
    var subjects: [EntityRef]
    var hero: MediaDTO?
    var markdown: String
    var html: String
    /// "You might like": up to five related published articles, best first.
    var related: [ArticleSummaryDTO]
}

struct AuthorDTO: Content {
    var slug: String
    var name: String

    init(_ author: Author) {
        slug = author.slug
        name = author.name
    }
}

/// An image with its credit; `url` is absolute.
struct MediaDTO: Content {
    var url: String
    var alt: String
    var caption: String
    var credit: String
    var licence: String
    var sourceUrl: String?
    var width: Int
    var height: Int

    init(_ media: Media, base: String) {
        url = media.kind == .image ? base + media.path : (media.embedURL ?? "")
        alt = media.alt
        caption = media.caption
        credit = media.credit
        licence = media.licence
        sourceUrl = media.sourceURL
        width = media.width
        height = media.height
    }
}

/// The contract's list envelope.
struct ListDTO<Item: Content>: Content {
    var items: [Item]
    var page: Int
    var per: Int
    var total: Int

    init(_ page: Paged<Item>) {
        items = page.items
        self.page = page.page
        per = page.per
        total = page.total
    }
}

/// `GET /api/v1/search`.
struct SearchDTO: Content {
    struct Entity: Content {
        var kind: String
        var slug: String
        var name: String
        var nativeName: String?
        var url: String
    }

    struct Highlight: Content {
        var start: Int
        var end: Int
        var utf8Start: Int
        var utf8End: Int
    }

    struct Article: Content {
        var article: ArticleSummaryDTO
        var snippet: String
        var highlights: [Highlight]
    }

    var query: String
    var entities: [Entity]
    /// More articles matched than the newest `ArticleSearch.defaultWindow` that were ranked and paged.
    var articlesTruncated: Bool
    var articles: ListDTO<Article>
}
