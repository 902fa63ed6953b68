import Foundation
import HallyuCore
import HallyuStore

/// What one WordPress item becomes: an article (or a page) with its comments, or a line in the
/// report saying why it was left out.
struct WordPressPostMapping {
    enum Decision {
        /// `reason` nil: handled elsewhere (attachments), not worth a line.
        case skip(reason: String?)
        case place(ImportedPost, WordPressImportReport.Post)
    }

    /// The most an article's Markdown may hold, as the API allows; WordPress's HTML for the same
    /// text is longer, so a post's content is first held to four times that.
    static let maxBodyBytes = 1_048_576

    let scan: WordPressScan
    let accounts: [String: String]
    let tags: [String: String]
    let media: [Int: PlacedMedia]
    let index: MentionIndex
    /// The versions of the posts placed before this run, by key.
    let current: [String: String]
    /// Uploaded files' original paths to their media library addresses.
    private let uploads: [String: String]
    /// Attachments' own addresses to theirs in the library, for exports whose files are not under
    /// `wp-content/uploads` (another Hallyu's, say).
    private let attachmentAddresses: [String: String]
    /// Post ids to the permalinks they had.
    var oldAddresses: [Int: String] = [:]
    /// The ids that are pages, which WordPress also addresses as `/?page_id=`.
    var pages: Set<Int> = []
    var comments = WordPressImportReport.CommentCounts()

    init(
        scan: WordPressScan, accounts: [String: String], tags: [String: String], media: [Int: PlacedMedia], index: MentionIndex,
        current: [String: String]
    ) {
        self.scan = scan
        self.accounts = accounts
        self.tags = tags
        self.media = media
        self.index = index
        self.current = current
        var uploads: [String: String] = [:]
        var addresses: [String: String] = [:]
        for (id, placed) in media {
            guard let attachment = scan.attachments[id] else { continue }
            uploads[WordPressText.originalPath(attachment.file)] = placed.path
            if !attachment.url.isEmpty { addresses[attachment.url] = placed.path }
        }
        self.uploads = uploads
        attachmentAddresses = addresses
    }

    mutating func post(from item: WordPressItem) -> Decision {
        switch item.postType {
        case "post", "page": break
        case "attachment": return .skip(reason: nil)
        default: return .skip(reason: "items of the type \"\(item.postType)\" (only posts, pages and attachments are imported)")
        }
        switch item.status {
        case "trash": return .skip(reason: "\(item.postType)s in the trash")
        case "auto-draft", "inherit": return .skip(reason: "automatic drafts and revisions")
        default: break
        }
        var note = WordPressImportReport.Post(id: item.id, title: WordPressText.plain(item.title), type: item.postType, status: item.status)
        if item.status == "publish" || item.status == "private" { oldAddresses[item.id] = item.link }
        if item.postType == "page" { pages.insert(item.id) }
        let key = "post:\(item.id)"
        // What the post became depends on the export and on what this run could find: its
        // author's account and the pictures copied. A run with more of either places it again.
        let edited = (item.modifiedGMT ?? item.dateGMT ?? item.date).map { WordPressTime.format($0) } ?? ""
        let version = [edited, item.status, accounts[item.creator] ?? "-", "pictures \(media.count)"].joined(separator: "|")
        let postComments = importedComments(item)
        if current[key] == version {
            // Nothing of the post changed since it was placed: only comments may be new.
            return .place(
                ImportedPost(
                    key: key, version: version, slug: "", title: "", dek: "", body: "", status: .draft, publishedAt: nil,
                    scheduledAt: nil, featured: false, isPage: false, commentsOpen: false, authorSlug: nil, tagSlugs: [],
                    heroMediaID: nil, subjects: [], comments: postComments), note)
        }
        guard item.content.utf8.count <= 4 * Self.maxBodyBytes else {
            return .skip(
                reason:
                    "posts over 4 MB of HTML, more than an article holds (post \(item.id) at line \(item.line): \(item.content.utf8.count / 1_048_576) MB)"
            )
        }
        let converted = WordPressContent.markdown(from: item.content, address: rewrite)
        guard converted.markdown.utf8.count <= Self.maxBodyBytes else {
            return .skip(reason: "posts whose text is over 1 MB of Markdown, more than an article holds (post \(item.id) at line \(item.line))")
        }
        note.keptAsText = converted.notes
        var status = ArticleStatus.draft
        var publishedAt: Date?
        var scheduledAt: Date?
        let when = item.dateGMT ?? item.date.map { $0.addingTimeInterval(TimeInterval(-scan.utcOffset)) }
        switch item.status {
        case "publish":
            status = .published
            publishedAt = when ?? Date()
        case "future":
            status = .scheduled
            scheduledAt = when
        case "pending": status = .review
        case "private": note.problems.append("was private; imported as a draft")
        case "draft": break
        default: note.problems.append("had the status \"\(item.status)\"; imported as a draft")
        }
        if status == .scheduled && scheduledAt == nil {
            status = .draft
            note.problems.append("was scheduled without a date; imported as a draft")
        }
        if !item.password.isEmpty {
            status = .draft
            publishedAt = nil
            note.problems.append("was password-protected; imported as a draft")
        }
        if item.hadInvalidBytes { note.problems.append("held bytes that are not UTF-8; they show as �") }
        var heroID: UUID?
        if let thumbnail = item.meta("_thumbnail_id").flatMap(Int.init) {
            heroID = media[thumbnail]?.id
            if heroID == nil { note.problems.append("its featured image (attachment \(thumbnail)) is not in the media library") }
        }
        if item.creator.isEmpty || accounts[item.creator] == nil {
            note.problems.append("its author \"\(item.creator)\" is not among the export's authors; no byline")
        }
        var title = note.title
        if title.isEmpty {
            title = "Untitled \(item.postType) \(item.id)"
            note.problems.append("had no title; called \"\(title)\"")
        }
        let body = converted.markdown
        let names = names(title: title, body: body)
        note.subjects = names.subjects.map { index.reference($0).name }
        note.misspellings = names.misspellings
        let wanted = item.slug.removingPercentEncoding ?? item.slug
        let slug = [Slug.make(from: wanted), Slug.make(romanizing: title), Slug.make(romanizing: wanted)].first { !$0.isEmpty } ?? ""
        return .place(
            ImportedPost(
                key: key, version: version, slug: slug.isEmpty ? "\(item.postType)-\(item.id)" : slug, title: title,
                dek: WordPressText.plain(item.excerpt), body: body, status: status, publishedAt: publishedAt, scheduledAt: scheduledAt,
                featured: item.isSticky, isPage: item.postType == "page", commentsOpen: item.commentStatus == "open",
                authorSlug: accounts[item.creator],
                tagSlugs: item.terms.compactMap { tags[WordPressImport.termKey($0.taxonomy, $0.slug)] }, heroMediaID: heroID,
                subjects: names.subjects, comments: postComments), note)
    }

    /// Uploaded pictures lead to the media library; the old site's own links become paths on
    /// this one, which its redirects answer.
    private func rewrite(_ address: String) -> String {
        if let local = attachmentAddresses[address] { return local }
        if let path = WordPressText.uploadPath(of: address), let local = uploads[WordPressText.originalPath(path)] { return local }
        for site in scan.siteAddresses where address.hasPrefix(site + "/") || address == site {
            let path = String(address.dropFirst(site.count))
            if path.contains("/wp-content/") { return address }
            return path.isEmpty ? "/" : path
        }
        return address
    }

    /// Subjects: what the title names, then what the text names at least twice, three at most;
    /// and the names that look misspelt.
    private func names(title: String, body: String) -> (subjects: [MentionTarget], misspellings: [String]) {
        let text = MarkdownPlainText.render(Markdown.parse(body))
        let analysis = index.analyze(text)
        let inTitle = index.analyze(title).mentions.map(\.target)
        var counts: [MentionTarget: Int] = [:]
        for mention in analysis.mentions { counts[mention.target, default: 0] += 1 }
        let eligible: (MentionTarget) -> Bool = { [.person, .title, .organization, .couple].contains($0.kind) }
        var subjects: [MentionTarget] = []
        for target in inTitle where eligible(target) && !subjects.contains(target) { subjects.append(target) }
        let frequent = counts.filter { $0.value >= 2 && eligible($0.key) }.sorted { ($0.value, $1.key.slug) > ($1.value, $0.key.slug) }
        for (target, _) in frequent where !subjects.contains(target) { subjects.append(target) }
        let misspellings = index.misspellings(in: text, analysis: analysis).map { "\"\($0.text)\" (did you mean \($0.closest)?)" }
        return (Array(subjects.prefix(3)), misspellings)
    }

    private mutating func importedComments(_ item: WordPressItem) -> [ImportedComment] {
        var result: [ImportedComment] = []
        for comment in item.comments {
            if comment.type == "pingback" || comment.type == "trackback" {
                comments.pingbacks += 1
                continue
            }
            let body = WordPressText.plain(comment.content, keepingLines: true)
            guard !body.isEmpty else {
                comments.empty += 1
                continue
            }
            let status: CommentStatus
            switch comment.approved {
            case "1", "approve", "approved": status = .approved
            case "spam": status = .spam
            case "trash", "post-trashed": status = .trash
            default: status = .held
            }
            comments.byStatus[status, default: 0] += 1
            let name = WordPressText.plain(comment.author)
            let email = comment.email.trimmingCharacters(in: .whitespaces)
            result.append(
                ImportedComment(
                    key: "comment:\(comment.id)", parentKey: comment.parentID == 0 ? nil : "comment:\(comment.parentID)",
                    name: name.isEmpty ? "Anonymous" : String(name.prefix(100)),
                    email: email.contains("@") ? String(email.prefix(254)) : nil, body: body,
                    status: status,
                    createdAt: comment.dateGMT ?? comment.date.map { $0.addingTimeInterval(TimeInterval(-scan.utcOffset)) } ?? item.dateGMT
                        ?? Date()))
        }
        return result
    }
}
