import Foundation

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), for readers and apps that would rather
/// not parse XML. Keys are sorted so the same feed always encodes to the same bytes (good for
/// ETags), and slashes stay unescaped so URLs read as URLs.
public enum JSONFeed {
    /// The whole feed as UTF-8 JSON, entries in the channel's order.
    public static func data(_ channel: FeedChannel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(channel))
    }

    private struct Document: Encodable {
        let version = "https://jsonfeed.org/version/1.1"
        let title: String
        let homePageURL: String
        let feedURL: String
        let description: String
        let language: String
        let items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, language, items
            case homePageURL = "home_page_url"
            case feedURL = "feed_url"
        }

        init(_ channel: FeedChannel) {
            // Dates as strings we format ourselves, so they match the Atom feed's exactly.
            let date = ISO8601DateFormatter()
            title = channel.title
            homePageURL = channel.siteURL
            feedURL = channel.feedURL
            description = channel.description
            language = channel.language
            items = channel.entries.map { Item($0, date: date) }
        }
    }

    private struct Item: Encodable {
        let id: String
        let url: String
        let title: String
        let summary: String
        /// JSON Feed requires one of the two: the full HTML when we have it, else the summary.
        let contentHTML: String?
        let contentText: String?
        let datePublished: String
        let dateModified: String
        let authors: [Author]?
        let tags: [String]?
        let image: String?
        let attachments: [Attachment]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, tags, image, attachments
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }

        init(_ entry: FeedEntry, date: ISO8601DateFormatter) {
            id = entry.id
            url = entry.url
            title = entry.title
            summary = entry.summary
            contentHTML = entry.contentHTML
            contentText = entry.contentHTML == nil ? entry.summary : nil
            datePublished = date.string(from: entry.published)
            dateModified = date.string(from: entry.updated)
            // Every list in JSON Feed is optional: an empty one is left out rather than written as [].
            authors = entry.authors.isEmpty ? nil : entry.authors.map(Author.init(name:))
            tags = entry.categories.isEmpty ? nil : entry.categories
            image = entry.image?.url
            attachments = entry.image.map { [Attachment($0)] }
        }
    }

    private struct Author: Encodable {
        let name: String
    }

    private struct Attachment: Encodable {
        let url: String
        let mimeType: String
        let sizeInBytes: Int?
        let title: String?

        enum CodingKeys: String, CodingKey {
            case url, title
            case mimeType = "mime_type"
            case sizeInBytes = "size_in_bytes"
        }

        init(_ image: FeedImage) {
            url = image.url
            mimeType = image.mimeType
            sizeInBytes = image.length
            title = image.caption.isEmpty ? nil : image.caption
        }
    }
}
