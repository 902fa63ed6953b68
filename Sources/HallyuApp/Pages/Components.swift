import Foundation
import HallyuCore

/// A link to an entity, as templates show it: name, optional Hangul name, address.
struct LinkItem: Encodable, Sendable {
    var name: String
    var nativeName: String?
    var url: String

    init(_ ref: EntityRef, titleKind: TitleKind? = nil) {
        name = ref.name
        nativeName = ref.nativeName
        url = Paths.of(ref, titleKind: titleKind)
    }

    init(name: String, nativeName: String? = nil, url: String) {
        self.name = name
        self.nativeName = nativeName
        self.url = url
    }
}

extension String? {
    /// The address when it is a web page that may become a link; stored data is never trusted to be one.
    var linkable: String? { flatMap { WebAddress.isLinkable($0) ? $0 : nil } }
}

/// An image with its credit line, and its resized copies for `srcset`.
struct ImageView: Encodable, Sendable {
    /// The `src`: a copy nearest 960 pixels wide, or the upload without copies.
    var url: String
    /// The copies in WebP and in the fallback format, for `srcset`; empty without copies.
    var webpSrcset: String
    var srcset: String
    var alt: String
    var caption: String
    var credit: String
    var licence: String
    var width: Int
    var height: Int

    /// Nil for media that is not an image (an embedded clip cannot be a hero picture).
    init?(_ media: Media?) {
        guard let media, media.kind == .image else { return nil }
        url = media.readerPath
        webpSrcset = media.srcset(.webp)
        srcset = media.variants.map { media.srcset($0.fallback) } ?? ""
        alt = media.alt
        caption = media.caption
        credit = media.credit
        licence = media.licence
        width = media.width
        height = media.height
    }
}

/// An article in a list.
struct ArticleCard: Encodable, Sendable {
    var url: String
    var title: String
    var dek: String
    var image: ImageView?
    var byline: String
    var date: String
    var dateISO: String
    /// How wide its picture is laid out (`sizes`): narrow in a list, wider among related stories.
    var imageSizes = ImageSizes.card

    init(_ summary: ArticleSummary, formatting: Formatting) {
        url = Paths.article(summary.slug)
        title = summary.title
        dek = summary.dek
        image = ImageView(summary.hero)
        byline = summary.authors.map(\.name).joined(separator: ", ")
        date = summary.publishedAt.map(formatting.day) ?? ""
        dateISO = summary.publishedAt.map(formatting.iso) ?? ""
    }
}

/// The newest articles that name an entity without being about it, and how many more there are.
struct MentionList: Encodable, Sendable {
    var items: [ArticleCard]
    var more: Int
}

/// Previous/next links for a paginated list.
struct Pager: Encodable, Sendable {
    var page: Int
    var pageCount: Int
    var previousURL: String?
    var nextURL: String?

    /// `defaultPer` is the page size the list uses when `per` is not given; any other size is
    /// kept in the links so the next page follows on from this one.
    init<T>(_ page: Paged<T>, basePath: String, defaultPer: Int = 20) {
        self.page = page.page
        pageCount = page.pageCount
        func link(_ number: Int) -> String {
            var query: [String] = []
            if number > 1 { query.append("page=\(number)") }
            if page.per != defaultPer { query.append("per=\(page.per)") }
            // The base may carry a query of its own (`/search?q=…`).
            return query.isEmpty ? basePath : basePath + (basePath.contains("?") ? "&" : "?") + query.joined(separator: "&")
        }
        previousURL = page.hasPrevious ? link(page.page - 1) : nil
        nextURL = page.hasNext ? link(page.page + 1) : nil
    }
}

/// A role: who played whom, with links both ways.
struct CastLine: Encodable, Sendable {
    var person: LinkItem
    var title: LinkItem
    var character: String?
    var characterNative: String?
    var characterAnchor: String?
    var characterURL: String?
    var billing: String

    init(_ credit: Credit) {
        person = LinkItem(credit.person)
        title = LinkItem(credit.title, titleKind: credit.titleKind)
        character = credit.characterName
        characterNative = credit.characterNativeName
        characterAnchor = credit.characterSlug.map { "character-\($0)" }
        characterURL = Paths.character(credit)
        billing = credit.billing.rawValue
    }
}

/// A quote with its speaker and source.
struct QuoteView: Encodable, Sendable {
    var text: String
    var paraphrased: Bool
    var speaker: LinkItem
    var about: [LinkItem]
    var context: String
    var date: String?
    var source: LinkItem?
    var sourceURL: String?

    init(_ quote: Quote) {
        text = quote.text
        paraphrased = quote.kind == .paraphrased
        speaker = LinkItem(quote.speaker)
        about = quote.about.map { LinkItem($0) }
        context = quote.context
        date = quote.date?.longForm
        source = quote.sourceArticle.map { LinkItem($0) }
        sourceURL = quote.sourceURL.linkable
    }
}

/// A couple in a list, with where it stands now.
struct CoupleCard: Encodable, Sendable {
    var name: String
    var url: String
    var status: String?

    init(_ couple: Couple) {
        name = couple.name
        url = Paths.of(couple.ref)
        status = couple.currentStatus?.label
    }
}
