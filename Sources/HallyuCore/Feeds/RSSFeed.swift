import Foundation

/// RSS 2.0, the format most readers and aggregators still ask for first. Full bodies go in
/// `content:encoded`, bylines in `dc:creator` (RSS's own `author` wants an email address) and
/// the hero picture both as an enclosure and as Media RSS, which is what readers show as a
/// thumbnail.
public enum RSSFeed {
    /// The whole feed as an XML document, entries in the channel's order.
    public static func xml(_ channel: FeedChannel) -> String {
        xml(channel, items: channel.entries.map(item))
    }

    /// The feed with its entries already written (`item(_:)`), in place of the channel's own:
    /// a server keeps each entry's text, which changes far less often than the feed.
    public static func xml(_ channel: FeedChannel, items: [String]) -> String {
        XMLText.document(
            head: [
                #"<?xml version="1.0" encoding="UTF-8"?>"#,
                #"<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">"#,
                "<channel>",
                XMLText.element("title", channel.title),
                XMLText.element("link", channel.siteURL),
                XMLText.element("description", channel.description),
                XMLText.element("language", channel.language),
                XMLText.element("lastBuildDate", UTCTimestamp.rfc822(channel.updated)),
                XMLText.element("atom:link", attributes: [("href", channel.feedURL), ("rel", "self"), ("type", "application/rss+xml")]),
            ], parts: items, end: "</channel>\n</rss>\n")
    }

    /// One entry's `<item>`, ending with a line break.
    public static func item(_ entry: FeedEntry) -> String {
        var xml = ""
        xml.reserveCapacity((entry.contentHTML?.utf8.count ?? 0) + 1_024)
        item(entry, into: &xml)
        return xml
    }

    private static func item(_ entry: FeedEntry, into xml: inout String) {
        func line(_ text: String) {
            xml += text
            xml += "\n"
        }
        line("<item>")
        line(XMLText.element("title", entry.title))
        line(XMLText.element("link", entry.url))
        line(XMLText.element("guid", entry.id, attributes: [("isPermaLink", entry.id == entry.url ? "true" : "false")]))
        line(XMLText.element("description", entry.summary))
        if let html = entry.contentHTML {
            xml += "<content:encoded>"
            XMLText.appendCDATA(html, to: &xml)
            line("</content:encoded>")
        }
        line(XMLText.element("pubDate", UTCTimestamp.rfc822(entry.published)))
        for author in entry.authors { line(XMLText.element("dc:creator", author)) }
        for category in entry.categories { line(XMLText.element("category", category)) }
        if let image = entry.image {
            // RSS requires `length`; 0 is the accepted way of saying "unknown".
            line(
                XMLText.element(
                    "enclosure",
                    attributes: [
                        ("url", image.url), ("length", String(image.length ?? 0)), ("type", image.mimeType),
                    ]))
            line(XMLText.start("media:content", attributes: [("url", image.url), ("medium", "image"), ("type", image.mimeType)]))
            if !image.caption.isEmpty { line(XMLText.element("media:description", image.caption)) }
            if !image.credit.isEmpty { line(XMLText.element("media:credit", image.credit)) }
            line("</media:content>")
        }
        line("</item>")
    }
}
