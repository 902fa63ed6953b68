import Foundation

/// Reads a WordPress export one record at a time from the streaming XML reader, so a file of
/// any size is read in the memory of its largest post.
public final class WordPressExportReader {
    public struct NotAnExport: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    private let xml: XMLPullReader
    private var site = WordPressSite()
    private var siteGiven = false
    private var inChannel = false
    private var held: WordPressRecord?

    public init(_ xml: XMLPullReader) {
        self.xml = xml
    }

    public var line: Int { xml.line }
    public var column: Int { xml.column }

    /// The next record; the site comes first, before any author, term or item.
    public func next() throws -> WordPressRecord? {
        if let record = held {
            held = nil
            return record
        }
        guard let record = try readRecord() else {
            if !siteGiven {
                siteGiven = true
                return .site(site)
            }
            return nil
        }
        if !siteGiven {
            siteGiven = true
            held = record
            return .site(site)
        }
        return record
    }

    private func readRecord() throws -> WordPressRecord? {
        while let event = try xml.next() {
            switch event {
            case let .start(name, attributes):
                if !inChannel {
                    if name == "channel" {
                        inChannel = true
                    } else if name != "rss" {
                        throw NotAnExport(description: "the file is XML but not a WordPress export (it begins with <\(name)>)")
                    }
                    continue
                }
                if let record = try channelChild(name, attributes) { return record }
            case .end(let name):
                if name == "channel" { inChannel = false }
            case .text:
                continue
            }
        }
        return nil
    }

    private func channelChild(_ name: String, _ attributes: [String: String]) throws -> WordPressRecord? {
        switch name {
        case "item":
            return .item(try readItem())
        case "wp:author":
            let fields = try readFields(of: name)
            return .author(
                WordPressAuthor(
                    id: Int(fields["wp:author_id"] ?? ""), login: fields["wp:author_login"] ?? "",
                    email: fields["wp:author_email"] ?? "", displayName: fields["wp:author_display_name"] ?? "",
                    firstName: fields["wp:author_first_name"] ?? "", lastName: fields["wp:author_last_name"] ?? ""))
        case "wp:category":
            let fields = try readFields(of: name)
            return .term(
                WordPressTerm(
                    taxonomy: "category", id: Int(fields["wp:term_id"] ?? ""), slug: fields["wp:category_nicename"] ?? "",
                    parentSlug: fields["wp:category_parent"] ?? "", name: fields["wp:cat_name"] ?? "",
                    description: fields["wp:category_description"] ?? ""))
        case "wp:tag":
            let fields = try readFields(of: name)
            return .term(
                WordPressTerm(
                    taxonomy: "post_tag", id: Int(fields["wp:term_id"] ?? ""), slug: fields["wp:tag_slug"] ?? "",
                    parentSlug: "", name: fields["wp:tag_name"] ?? "", description: fields["wp:tag_description"] ?? ""))
        case "wp:term":
            let fields = try readFields(of: name)
            return .term(
                WordPressTerm(
                    taxonomy: fields["wp:term_taxonomy"] ?? "", id: Int(fields["wp:term_id"] ?? ""),
                    slug: fields["wp:term_slug"] ?? "", parentSlug: fields["wp:term_parent"] ?? "",
                    name: fields["wp:term_name"] ?? "", description: fields["wp:term_description"] ?? ""))
        default:
            let text = try readText(of: name)
            switch name {
            case "title": site.title = text
            case "link": site.link = text
            case "language": site.language = text
            case "wp:wxr_version": site.wxrVersion = text
            case "wp:base_site_url": site.baseSiteURL = text
            case "wp:base_blog_url": site.baseBlogURL = text
            default: break
            }
            return nil
        }
    }

    private func readItem() throws -> WordPressItem {
        let line = xml.line
        let invalidBefore = xml.textsWithInvalidBytes
        var fields: [String: String] = [:]
        var terms: [WordPressItemTerm] = []
        var meta: [(key: String, value: String)] = []
        var comments: [WordPressComment] = []
        while let event = try xml.next() {
            switch event {
            case let .start(name, attributes):
                switch name {
                case "category":
                    let text = try readText(of: name)
                    terms.append(
                        WordPressItemTerm(taxonomy: attributes["domain"] ?? "category", slug: attributes["nicename"] ?? "", name: text))
                case "wp:postmeta":
                    let pair = try readFields(of: name)
                    meta.append((pair["wp:meta_key"] ?? "", pair["wp:meta_value"] ?? ""))
                case "wp:comment":
                    comments.append(Self.comment(try readFields(of: name)))
                default:
                    fields[name] = try readText(of: name)
                }
            case .end:
                return WordPressItem(
                    id: Int(fields["wp:post_id"] ?? "") ?? 0, title: fields["title"] ?? "", link: fields["link"] ?? "",
                    guid: fields["guid"] ?? "", creator: fields["dc:creator"] ?? "", content: fields["content:encoded"] ?? "",
                    excerpt: fields["excerpt:encoded"] ?? "", date: WordPressTime.parse(fields["wp:post_date"] ?? ""),
                    dateGMT: WordPressTime.parse(fields["wp:post_date_gmt"] ?? ""),
                    modifiedGMT: WordPressTime.parse(fields["wp:post_modified_gmt"] ?? ""),
                    commentStatus: fields["wp:comment_status"] ?? "", slug: fields["wp:post_name"] ?? "",
                    status: fields["wp:status"] ?? "", parentID: Int(fields["wp:post_parent"] ?? "") ?? 0,
                    menuOrder: Int(fields["wp:menu_order"] ?? "") ?? 0, postType: fields["wp:post_type"] ?? "",
                    password: fields["wp:post_password"] ?? "", isSticky: fields["wp:is_sticky"] == "1",
                    attachmentURL: fields["wp:attachment_url"] ?? "", terms: terms, meta: meta, comments: comments,
                    line: line, hadInvalidBytes: xml.textsWithInvalidBytes != invalidBefore)
            case .text:
                continue
            }
        }
        throw XMLSyntaxError(line: xml.line, column: xml.column, reason: "the file ends inside an <item>")
    }

    private static func comment(_ fields: [String: String]) -> WordPressComment {
        WordPressComment(
            id: Int(fields["wp:comment_id"] ?? "") ?? 0, author: fields["wp:comment_author"] ?? "",
            email: fields["wp:comment_author_email"] ?? "", url: fields["wp:comment_author_url"] ?? "",
            date: WordPressTime.parse(fields["wp:comment_date"] ?? ""),
            dateGMT: WordPressTime.parse(fields["wp:comment_date_gmt"] ?? ""), content: fields["wp:comment_content"] ?? "",
            approved: fields["wp:comment_approved"] ?? "1", type: fields["wp:comment_type"] ?? "",
            parentID: Int(fields["wp:comment_parent"] ?? "") ?? 0, userID: Int(fields["wp:comment_user_id"] ?? "") ?? 0)
    }

    /// The texts of an element's children by name (a later child of the same name wins); the
    /// element's start has been read, and its end is.
    private func readFields(of element: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        while let event = try xml.next() {
            switch event {
            case .start(let name, _): fields[name] = try readText(of: name)
            case .end: return fields
            case .text: continue
            }
        }
        throw XMLSyntaxError(line: xml.line, column: xml.column, reason: "the file ends inside <\(element)>")
    }

    /// All the text inside an element whose start has been read, up to and including its end.
    private func readText(of element: String) throws -> String {
        var text = ""
        var depth = 0
        while let event = try xml.next() {
            switch event {
            case .start: depth += 1
            case .end:
                if depth == 0 { return text }
                depth -= 1
            case .text(let part): text += part
            }
        }
        throw XMLSyntaxError(line: xml.line, column: xml.column, reason: "the file ends inside <\(element)>")
    }
}
