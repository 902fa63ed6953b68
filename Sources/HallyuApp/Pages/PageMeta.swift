/// What the layout needs from every page: `<title>`, description, the canonical address, and
/// what social networks and search engines read (OpenGraph, Twitter cards, JSON-LD, the
/// neighbours of a list page, a feed to subscribe to).
struct PageMeta: Encodable, Sendable {
    var title: String
    var description: String
    var path: String
    var siteName = "Hallyu"
    /// The `<html lang>`: English pages with Hangul spans inside.
    var lang = "en"
    /// Absolute addresses, from `HALLYU_PUBLIC_URL`; empty on pages that have none (errors).
    var canonicalURL = ""
    /// OpenGraph's type: website, article, profile, video.tv_show, video.movie.
    var type = "website"
    var imageURL: String?
    var imageAlt: String?
    /// The picture's size, so a network lays the card out before fetching it.
    var imageWidth: Int?
    var imageHeight: Int?
    /// schema.org JSON-LD, ready to sit inside a `<script>` element.
    var structuredData: String?
    var previousURL: String?
    var nextURL: String?
    /// An RSS feed of this page's stories.
    var feedURL: String?
    /// For articles: ISO 8601 times and tags.
    var publishedTime: String?
    var modifiedTime: String?
    var tags: [String] = []

    init(title: String, description: String, path: String) {
        self.title = title
        self.description = description
        self.path = path
    }
}
