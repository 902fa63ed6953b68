import Foundation
import HallyuCore

/// The first reading of an export: the whole file is checked before anything is written, so
/// a file that breaks half-way leaves the site as it was. What the second reading needs in
/// advance (authors, terms, attachments, where each post lived) is kept; post texts are not.
struct WordPressScan {
    struct Attachment {
        var id: Int
        var url: String
        /// Its path under `wp-content/uploads`, as WordPress recorded it.
        var file: String
        var alt: String
        var caption: String
        var parentID: Int
        var link: String
        var line: Int
    }

    var site = WordPressSite()
    var authors: [WordPressAuthor] = []
    var terms: [WordPressTerm] = []
    var attachments: [Int: Attachment] = [:]
    /// Items by type, for the progress line and the report.
    var itemsByType: [String: Int] = [:]
    var items = 0
    var comments = 0
    /// Site time minus UTC, learnt from the posts that give both.
    var utcOffset = 0

    static func read(_ url: URL) throws -> WordPressScan {
        var scan = WordPressScan()
        let reader = WordPressExportReader(try XMLPullReader(contentsOf: url))
        var offsets: [Int: Int] = [:]
        while let record = try reader.next() {
            switch record {
            case .site(let site): scan.site = site
            case .author(let author): scan.authors.append(author)
            case .term(let term): scan.terms.append(term)
            case .item(let item):
                scan.items += 1
                scan.itemsByType[item.postType, default: 0] += 1
                scan.comments += item.comments.count
                if let local = item.date, let utc = item.dateGMT {
                    offsets[Int(local.timeIntervalSince(utc).rounded()), default: 0] += 1
                }
                if item.postType == "attachment" {
                    scan.attachments[item.id] = Attachment(
                        id: item.id, url: item.attachmentURL,
                        file: item.meta("_wp_attached_file") ?? WordPressText.uploadPath(of: item.attachmentURL) ?? "",
                        alt: item.meta("_wp_attachment_image_alt") ?? "",
                        caption: WordPressText.plain(item.excerpt), parentID: item.parentID, link: item.link, line: item.line)
                }
            }
        }
        scan.utcOffset = offsets.max { $0.value < $1.value }?.key ?? 0
        return scan
    }

    /// Where old links find the site: its own address and, if different, WordPress's.
    var siteAddresses: [String] {
        Array(Set([site.baseBlogURL, site.baseSiteURL, site.link].filter { !$0.isEmpty }))
    }

    /// The name the site's records are kept under, so two sites' post 41 are two posts.
    var sourceName: String {
        let address = [site.baseBlogURL, site.link, site.baseSiteURL].first { !$0.isEmpty } ?? ""
        let host = URL(string: address)?.host?.lowercased() ?? address
        return "wordpress:" + (host.isEmpty ? "site" : host)
    }
}
