import Foundation

/// RSS 2.0, the format most readers and aggregators still ask for first. Full bodies go in
/// `content:encoded`, bylines in `dc:creator` (RSS's own `author` wants an email address) and
/// the hero picture both as an enclosure and as Media RSS, which is what readers show as a
/// thumbnail.
public enum RSSFeed {
    /// The whole feed as an XML document, entries in the channel's order.
    public static func xml(_ channel: FeedChannel) -> String {
        var lines: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">"#,
            "<channel>",
            XMLText.element("title", channel.title),
            XMLText.element("link", channel.siteURL),
            XMLText.element("description", channel.description),
            XMLText.element("language", channel.language),
            XMLText.element("lastBuildDate", UTCTimestamp.rfc822(channel.updated)),
            XMLText.element("atom:link", attributes: [("href", channel.feedURL), ("rel", "self"), ("type", "application/rss+xml")]),
        ]
        for entry in channel.entries {
            lines += item(entry)
        }
        lines += ["</channel>", "</rss>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func item(_ entry: FeedEntry) -> [String] {
        var lines: [String] = [
            "<item>",
            XMLText.element("title", entry.title),
            XMLText.element("link", entry.url),
            XMLText.element("guid", entry.id, attributes: [("isPermaLink", entry.id == entry.url ? "true" : "false")]),
            XMLText.element("description", entry.summary),
        ]
        if let html = entry.contentHTML {
            lines.append("<content:encoded>" + XMLText.cdata(html) + "</content:encoded>")
        }
        lines.append(XMLText.element("pubDate", UTCTimestamp.rfc822(entry.published)))
        lines += entry.authors.map { XMLText.element("dc:creator", $0) }
        lines += entry.categories.map { XMLText.element("category", $0) }
        if let image = entry.image {
            // RSS requires `length`; 0 is the accepted way of saying "unknown".
            lines.append(XMLText.element("enclosure", attributes: [
                ("url", image.url), ("length", String(image.length ?? 0)), ("type", image.mimeType),
            ]))
            lines.append(XMLText.start("media:content", attributes: [("url", image.url), ("medium", "image"), ("type", image.mimeType)]))
            if !image.caption.isEmpty { lines.append(XMLText.element("media:description", image.caption)) }
            if !image.credit.isEmpty { lines.append(XMLText.element("media:credit", image.credit)) }
            lines.append("</media:content>")
        }
        lines.append("</item>")
        return lines
    }
}
