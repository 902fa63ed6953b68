import Foundation

/// Atom 1.0 (RFC 4287), for readers that prefer its stricter rules: every date in RFC 3339,
/// every entry with an author (the feed-level author, the site itself, covers entries that
/// have no byline) and content whose type is stated rather than guessed.
public enum AtomFeed {
    /// The whole feed as an XML document, entries in the channel's order.
    public static func xml(_ channel: FeedChannel) -> String {
        xml(channel, entries: channel.entries.map(entry))
    }

    /// The feed with its entries already written (`entry(_:)`), in place of the channel's own.
    public static func xml(_ channel: FeedChannel, entries: [String]) -> String {
        XMLText.document(
            head: [
                #"<?xml version="1.0" encoding="UTF-8"?>"#,
                XMLText.start("feed", attributes: [("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", channel.language)]),
                XMLText.element("id", channel.siteURL),
                XMLText.element("title", channel.title),
                XMLText.element("subtitle", channel.description),
                XMLText.element("updated", UTCTimestamp.string(channel.updated)),
                XMLText.element("link", attributes: [("rel", "alternate"), ("type", "text/html"), ("href", channel.siteURL)]),
                XMLText.element("link", attributes: [("rel", "self"), ("type", "application/atom+xml"), ("href", channel.feedURL)]),
                "<author>" + XMLText.element("name", channel.title) + "</author>",
            ], parts: entries, end: "</feed>\n")
    }

    /// One `<entry>`, ending with a line break.
    public static func entry(_ entry: FeedEntry) -> String {
        var lines: [String] = [
            "<entry>",
            XMLText.element("id", entry.id),
            XMLText.element("title", entry.title),
            XMLText.element("link", attributes: [("rel", "alternate"), ("type", "text/html"), ("href", entry.url)]),
            XMLText.element("published", UTCTimestamp.string(entry.published)),
            XMLText.element("updated", UTCTimestamp.string(entry.updated)),
        ]
        lines += entry.authors.map { "<author>" + XMLText.element("name", $0) + "</author>" }
        lines.append(XMLText.element("summary", entry.summary, attributes: [("type", "text")]))
        if let html = entry.contentHTML {
            lines.append(XMLText.element("content", html, attributes: [("type", "html")]))
        }
        lines += entry.categories.map { XMLText.element("category", attributes: [("term", $0)]) }
        if let image = entry.image {
            lines.append(
                XMLText.element(
                    "link",
                    attributes: [
                        ("rel", "enclosure"), ("type", image.mimeType), ("href", image.url), ("length", image.length.map { String($0) }),
                    ]))
        }
        lines.append("</entry>")
        return lines.joined(separator: "\n") + "\n"
    }
}
