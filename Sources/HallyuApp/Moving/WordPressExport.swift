import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu export wordpress FILE.xml`: the newsroom as a WordPress export that WordPress's own
/// importer reads (Tools > Import > WordPress): accounts as authors, tags (those in a tree as
/// categories), pictures as attachments at their addresses here, articles and pages with their
/// comments. Written a page of articles at a time to a partial file, renamed when whole.
struct WordPressExport {
    struct Counts {
        var articles = 0
        var comments = 0
        var media = 0
        var bytes = 0
    }

    let app: Application
    let file: URL
    let progress: @Sendable (String) -> Void
    static let pageSize = 250

    func run() async throws -> Counts {
        let partial = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw StartupError(description: "cannot write \(partial.path)")
        }
        let output = try BufferedFile(FileHandle(forWritingTo: partial))
        do {
            let counts = try await write(to: output)
            try output.close()
            _ = try? FileManager.default.removeItem(at: file)
            try FileManager.default.moveItem(at: partial, to: file)
            return counts
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    private func write(to output: BufferedFile) async throws -> Counts {
        let base =
            app.config.publicURL.absoluteString.hasSuffix("/")
            ? String(app.config.publicURL.absoluteString.dropLast()) : app.config.publicURL.absoluteString
        let reader = SiteExportReader(database: app.db)
        let writer = WordPressExportWriter(utcOffset: app.config.timeZone.secondsFromGMT())
        var site = WordPressSite()
        site.title = "Hallyu"
        site.link = base
        site.baseSiteURL = base
        site.baseBlogURL = base
        site.language = "en"
        var counts = Counts()
        try output.write(writer.header(site, generator: "Hallyu", at: Date()))
        let accounts = try await reader.accounts()
        for (number, account) in accounts.enumerated() {
            let parts = account.name.split(separator: " ", maxSplits: 1).map(String.init)
            try output.write(
                writer.author(
                    WordPressAuthor(
                        id: number + 1, login: account.slug, email: account.email, displayName: account.name, firstName: parts.first ?? "",
                        lastName: parts.count > 1 ? parts[1] : "")))
        }
        let tags = try await reader.tags()
        // A tag in a tree is a category, as it was on WordPress; any other is a tag.
        let inTree = Set(tags.compactMap(\.parentSlug)).union(tags.filter { $0.parentSlug != nil }.map(\.slug))
        let names = Dictionary(uniqueKeysWithValues: tags.map { ($0.slug, $0.name) })
        for (number, tag) in tags.enumerated() {
            try output.write(
                writer.term(
                    WordPressTerm(
                        taxonomy: inTree.contains(tag.slug) ? "category" : "post_tag", id: number + 1, slug: tag.slug,
                        parentSlug: tag.parentSlug ?? "", name: tag.name, description: "")))
        }
        var numbers = ExportNumbers()
        for entry in try await reader.media() where entry.media.kind == .image {
            let number = numbers.post(entry.id)
            let media = entry.media
            let caption = [media.caption, media.credit.isEmpty ? "" : "Photo: \(media.credit)"].filter { !$0.isEmpty }.joined(separator: " ")
            try output.write(
                writer.item(
                    WordPressItem(
                        id: number, title: WordPressExportWriter.html(media.alt.isEmpty ? media.fileName : media.alt),
                        link: base + media.path, guid: base + media.path, creator: accounts.first?.slug ?? "", content: "",
                        excerpt: WordPressExportWriter.html(caption), date: nil, dateGMT: entry.createdAt, modifiedGMT: entry.createdAt,
                        commentStatus: "closed", slug: "media-\(number)", status: "inherit", parentID: 0, menuOrder: 0,
                        postType: "attachment", password: "", isSticky: false, attachmentURL: base + media.path, terms: [],
                        meta: [("_wp_attached_file", media.fileName), ("_wp_attachment_image_alt", media.alt)], comments: [])))
            counts.media += 1
        }
        var after: UUID?
        while true {
            let page = try await reader.articles(after: after, limit: Self.pageSize)
            guard let last = page.last else { break }
            after = last.id
            for article in page {
                try output.write(writer.item(item(article, base: base, inTree: inTree, names: names, numbers: &numbers)))
                counts.articles += 1
                counts.comments += article.comments.count
            }
            progress("\(counts.articles) articles, \(counts.comments) comments written")
        }
        try output.write(writer.footer)
        counts.bytes = output.written
        return counts
    }

    private func item(
        _ article: SiteExportReader.Article, base: String, inTree: Set<String>, names: [String: String], numbers: inout ExportNumbers
    ) -> WordPressItem {
        let number = numbers.post(article.id)
        let status: String
        switch article.status {
        case .published: status = "publish"
        case .scheduled: status = "future"
        case .review: status = "pending"
        case .draft, .unpublished: status = "draft"
        }
        let comments = article.comments.map { comment -> WordPressComment in
            WordPressComment(
                id: numbers.comment(comment.id), author: WordPressExportWriter.html(comment.name), email: comment.email ?? "", url: "",
                date: nil, dateGMT: comment.createdAt, content: WordPressExportWriter.html(comment.body),
                approved: ["approved": "1", "held": "0", "spam": "spam", "trash": "trash"][comment.status.rawValue] ?? "0",
                type: "comment", parentID: comment.parentID.map { numbers.comment($0) } ?? 0, userID: 0)
        }
        let html = MarkdownHTMLRenderer(portableWithBase: base).render(Markdown.parse(article.body))
        return WordPressItem(
            id: number, title: WordPressExportWriter.html(article.title), link: base + "/articles/" + article.slug,
            guid: base + "/?p=\(number)", creator: article.authors.first ?? "", content: html,
            excerpt: WordPressExportWriter.html(article.dek), date: nil,
            dateGMT: article.status == .scheduled ? article.scheduledAt : article.publishedAt ?? article.createdAt,
            modifiedGMT: article.updatedAt ?? article.createdAt, commentStatus: article.commentsOpen ? "open" : "closed",
            slug: article.slug, status: status, parentID: 0, menuOrder: 0, postType: article.isPage ? "page" : "post", password: "",
            isSticky: article.featured, attachmentURL: "",
            terms: article.tagSlugs.map {
                WordPressItemTerm(taxonomy: inTree.contains($0) ? "category" : "post_tag", slug: $0, name: names[$0] ?? $0)
            },
            meta: article.heroMediaID.flatMap { numbers.existingPost($0) }.map { [("_thumbnail_id", String($0))] } ?? [], comments: comments)
    }
}

/// WordPress numbers posts and comments; the export gives each row a number the first time it
/// is named (a reply may name its parent first).
struct ExportNumbers {
    private var posts: [UUID: Int] = [:]
    private var comments: [String: Int] = [:]

    mutating func post(_ id: UUID) -> Int {
        if let number = posts[id] { return number }
        posts[id] = posts.count + 1
        return posts.count
    }

    func existingPost(_ id: UUID) -> Int? { posts[id] }

    mutating func comment(_ id: String) -> Int {
        if let number = comments[id] { return number }
        comments[id] = comments.count + 1
        return comments.count
    }
}
