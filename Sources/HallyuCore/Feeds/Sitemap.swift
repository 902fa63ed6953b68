import Foundation

/// One page for search engines to crawl, with the pictures on it.
public struct SitemapURL: Sendable, Equatable {
    /// Absolute URL of the page.
    public var loc: String
    public var lastModified: Date?
    public var images: [SitemapImage]

    public init(loc: String, lastModified: Date? = nil, images: [SitemapImage] = []) {
        self.loc = loc
        self.lastModified = lastModified
        self.images = images
    }
}

/// A picture on a sitemap page, so image search can credit the page it appears on.
public struct SitemapImage: Sendable, Equatable {
    /// Absolute URL of the image file.
    public var loc: String
    public var caption: String
    public var title: String?

    public init(loc: String, caption: String = "", title: String? = nil) {
        self.loc = loc
        self.caption = caption
        self.title = title
    }
}

/// Sitemaps (https://www.sitemaps.org/protocol.html), their index, the Google News sitemap and
/// the robots.txt that points at them. Dates are RFC 3339 in UTC, which is a valid W3C
/// datetime, so the files do not change with the server's zone.
public enum Sitemap {
    /// The protocol's limit per file: callers split longer lists and list the parts in `index`.
    public static let maxURLs = 50_000

    /// A recent article for Google News.
    public struct NewsEntry: Sendable, Equatable {
        /// Absolute URL of the article.
        public var loc: String
        public var title: String
        public var published: Date
        /// An ISO 639 code such as `en`.
        public var language: String
        /// The publication's name exactly as Google News knows it.
        public var publicationName: String

        public init(loc: String, title: String, published: Date, language: String, publicationName: String) {
            self.loc = loc
            self.title = title
            self.published = published
            self.language = language
            self.publicationName = publicationName
        }
    }

    /// A `urlset` with image entries; at most `maxURLs` of them per file. Written into one
    /// string as it goes: a full file is 50,000 entries, and a string per line cost more than
    /// the query that found them.
    public static func urlset(_ urls: [SitemapURL]) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">"#
            + "\n"
        out.reserveCapacity(urls.count * 160)
        func line(_ name: String, _ text: String) {
            out += "<"
            out += name
            out += ">"
            out += XMLText.escaped(text)
            out += "</"
            out += name
            out += ">\n"
        }
        for url in urls {
            out += "<url>\n"
            line("loc", url.loc)
            if let modified = url.lastModified { line("lastmod", UTCTimestamp.string(modified)) }
            for image in url.images {
                out += "<image:image>\n"
                line("image:loc", image.loc)
                if !image.caption.isEmpty { line("image:caption", image.caption) }
                if let title = image.title { line("image:title", title) }
                out += "</image:image>\n"
            }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    /// A sitemap index listing the sitemap files, for sites past `maxURLs` pages.
    public static func index(_ sitemaps: [(loc: String, lastModified: Date?)]) -> String {
        var lines: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for sitemap in sitemaps {
            lines += ["<sitemap>", XMLText.element("loc", sitemap.loc)]
            if let modified = sitemap.lastModified { lines.append(XMLText.element("lastmod", UTCTimestamp.string(modified))) }
            lines.append("</sitemap>")
        }
        lines.append("</sitemapindex>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Google News sitemap. Google reads only articles from the last two days and at most
    /// 1,000 of them, so callers pass just the recent ones.
    public static func news(_ entries: [NewsEntry]) -> String {
        var lines: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">"#,
        ]
        for entry in entries {
            lines += [
                "<url>",
                XMLText.element("loc", entry.loc),
                "<news:news>",
                "<news:publication>",
                XMLText.element("news:name", entry.publicationName),
                XMLText.element("news:language", entry.language),
                "</news:publication>",
                XMLText.element("news:publication_date", UTCTimestamp.string(entry.published)),
                XMLText.element("news:title", entry.title),
                "</news:news>",
                "</url>",
            ]
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// robots.txt: everything may be crawled except search result pages, which are endless
    /// and say nothing the article and entity pages do not. Line breaks are removed from the
    /// URLs so a misconfigured one cannot add rules of its own.
    public static func robots(sitemapURLs: [String]) -> String {
        let sitemaps = sitemapURLs.map { url in "Sitemap: " + url.filter { !$0.isNewline } }
        return (["User-agent: *", "Disallow: /search", ""] + sitemaps).joined(separator: "\n") + "\n"
    }
}
