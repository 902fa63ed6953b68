import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// `hallyu import wordpress`: a WordPress site's posts, pages, comments, authors, categories,
/// tags, pictures and addresses, moved in. The file is read twice as a stream: once to check
/// it whole (a broken file changes nothing), once to place what it holds, a batch of posts per
/// transaction. Every record is remembered, so running it again adds nothing and a newer
/// export changes only what changed; an import stopped half-way resumes the same way.
struct WordPressImport {
    struct Options {
        var file: URL
        var uploads: String?
        /// Author logins mapped to the e-mail addresses of accounts already here.
        var authorMap: [String: String] = [:]
        var reportPath: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let app: Application
    let options: Options
    let progress: @Sendable (String) -> Void
    static let batchSize = 200

    func run() async throws -> WordPressImportReport {
        let scan: WordPressScan
        do {
            scan = try WordPressScan.read(options.file)
        } catch let error as XMLSyntaxError {
            throw Failure(description: "\(options.file.path) is not well-formed XML at \(error); nothing was imported")
        } catch let error as WordPressExportReader.NotAnExport {
            throw Failure(description: "\(options.file.path): \(error.description); nothing was imported")
        }
        progress("Read \(scan.items) items (\(scan.itemsByType["post"] ?? 0) posts, \(scan.comments) comments); placing them")
        var report = try WordPressImportReport(site: scan.site, file: options.file.path)
        let writer = try await SiteImportWriter.open(source: scan.sourceName, on: app.db)
        let accounts = try await placeAuthors(scan, writer, &report)
        let tags = try await placeTerms(scan, writer, &report)
        let media = try await placeAttachments(scan, writer, &report)
        let recorder = try await MentionRecorder.current(on: app.db)
        let mapping = WordPressPostMapping(
            scan: scan, accounts: accounts, tags: tags, media: media, index: recorder.index, current: writer.currentVersions)
        let (mapped, placed) = try await placePosts(mapping, writer, recorder, &report)
        try await placeRedirects(scan, mapped, placed, tags, media, writer, &report)
        return report
    }

    // MARK: Authors, terms, attachments

    private func placeAuthors(
        _ scan: WordPressScan, _ writer: SiteImportWriter, _ report: inout WordPressImportReport
    ) async throws -> [String: String] {
        var accounts: [String: String] = [:]
        for author in scan.authors where !author.login.isEmpty {
            if let email = options.authorMap[author.login] {
                guard let slug = try await writer.existingAccount(email: email) else {
                    throw Failure(
                        description: "the author map sends \(author.login) to \(email), but no account has that address; nothing was imported")
                }
                accounts[author.login] = slug
                report.count("authors mapped to accounts")
                continue
            }
            let known = writer.id("author:\(author.login)") != nil
            let name =
                [author.displayName, [author.firstName, author.lastName].filter { !$0.isEmpty }.joined(separator: " "), author.login]
                .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? author.login
            accounts[author.login] = try await writer.account(
                key: "author:\(author.login)", name: WordPressText.plain(name), email: author.email, login: author.login)
            report.count(known ? "authors already here" : "authors added as accounts without a password")
        }
        return accounts
    }

    private func placeTerms(_ scan: WordPressScan, _ writer: SiteImportWriter, _ report: inout WordPressImportReport) async throws -> [String: String]
    {
        var tags: [String: String] = [:]
        for term in scan.terms where term.taxonomy == "category" || term.taxonomy == "post_tag" {
            let key = Self.termKey(term.taxonomy, term.slug)
            tags[key] = try await writer.tag(key: key, slug: term.slug.removingPercentEncoding ?? term.slug, name: WordPressText.plain(term.name))
            report.count(term.taxonomy == "category" ? "categories" : "tags")
        }
        for term in scan.terms where term.taxonomy == "category" && !term.parentSlug.isEmpty {
            try await writer.setParent(ofTag: Self.termKey("category", term.slug), to: Self.termKey("category", term.parentSlug))
        }
        let others = Set(scan.terms.map(\.taxonomy)).subtracting(["category", "post_tag"]).sorted()
        for taxonomy in others { report.note("Terms of the taxonomy \"\(taxonomy)\" were not imported (only categories and tags become tags)") }
        return tags
    }

    static func termKey(_ taxonomy: String, _ slug: String) -> String { "term:\(taxonomy):\(slug)" }

    private func placeAttachments(
        _ scan: WordPressScan, _ writer: SiteImportWriter, _ report: inout WordPressImportReport
    ) async throws -> [Int: PlacedMedia] {
        let uploads = WordPressUploads(folder: options.uploads, mediaDirectory: app.config.mediaDirectory)
        var placed: [Int: PlacedMedia] = [:]
        for attachment in scan.attachments.values.sorted(by: { $0.id < $1.id }) {
            switch uploads.copy(path: attachment.file) {
            case .success(let copied):
                let (caption, credit) = WordPressText.splitCredit(attachment.caption)
                let id = try await writer.media(
                    key: "attachment:\(attachment.id)",
                    Media(
                        id: "", fileName: copied.fileName, contentType: copied.header.format.contentType,
                        alt: String(WordPressText.plain(attachment.alt).prefix(500)), caption: String(caption.prefix(1000)),
                        credit: String(credit.prefix(300)), sourceURL: attachment.url.isEmpty ? nil : attachment.url,
                        width: copied.header.displayWidth, height: copied.header.displayHeight))
                placed[attachment.id] = PlacedMedia(id: id, path: "/media/\(copied.fileName)")
                report.count("pictures copied into the media library")
                if credit.isEmpty { report.count("pictures without a credit in their caption") }
            case .failure(let problem):
                report.count(
                    problem == .noUploadsFolder || problem == .missing ? "pictures not found (original address kept)" : "attachments not copied")
                report.attachmentProblem(id: attachment.id, line: attachment.line, address: attachment.url, file: attachment.file, problem.message)
            }
        }
        return placed
    }

    // MARK: Posts

    /// Each batch's articles have their mentions recorded (and their "You might like" lists
    /// made) as soon as they are placed; the next batch is read and converted meanwhile.
    private func placePosts(
        _ mapping: WordPressPostMapping, _ writer: SiteImportWriter, _ recorder: MentionRecorder,
        _ report: inout WordPressImportReport
    ) async throws -> (mapping: WordPressPostMapping, placed: [Int: String]) {
        let batches = try WordPressBatches(file: options.file, mapping: mapping)
        let total = mapping.scan.items
        var placed: [Int: String] = [:]
        var reported = 0
        var upcoming = Task { try batches.next(size: Self.batchSize) }
        while let batch = try await upcoming.value {
            upcoming = Task { try batches.next(size: Self.batchSize) }
            do {
                for reason in batch.skips { report.skipped(reason) }
                let outcomes = try await writer.place(batch.posts)
                for (index, result) in outcomes.enumerated() {
                    var note = batch.notes[index]
                    note.slug = result.slug
                    placed[note.id] = result.slug
                    try report.placed(note, outcome: result.outcome, comments: result.comments)
                    let post = batch.posts[index]
                    if result.outcome != .unchanged && !post.body.isEmpty {
                        try await recorder.record(ArticleMentions.Source(slug: result.slug, body: post.body, subjects: post.subjects), saved: true)
                    }
                }
            } catch {
                // The reading under way has nothing left to give to; it must not outlive the import.
                _ = try? await upcoming.value
                throw error
            }
            if batch.itemsRead / 1000 > reported {
                reported = batch.itemsRead / 1000
                progress("\(batch.itemsRead) of \(total) items; \(report.summaryLine)")
            }
        }
        report.comments = batches.mapping.comments
        return (batches.mapping, placed)
    }

    // MARK: Addresses

    private func placeRedirects(
        _ scan: WordPressScan, _ mapping: WordPressPostMapping, _ placed: [Int: String], _ tags: [String: String],
        _ media: [Int: PlacedMedia],
        _ writer: SiteImportWriter, _ report: inout WordPressImportReport
    ) async throws {
        var redirects: [String: String] = [:]
        func add(_ address: String, _ target: String) {
            guard let path = RedirectPath.normalise(address), path != "/", path != RedirectPath.normalise(target) else { return }
            redirects[path] = target
        }
        for (id, old) in mapping.oldAddresses {
            guard let slug = placed[id] else { continue }
            add(old, "/articles/\(slug)")
            add("/?p=\(id)", "/articles/\(slug)")
            if mapping.pages.contains(id) { add("/?page_id=\(id)", "/articles/\(slug)") }
        }
        for term in scan.terms where term.taxonomy == "category" || term.taxonomy == "post_tag" {
            guard let slug = tags[Self.termKey(term.taxonomy, term.slug)] else { continue }
            let target = "/tags/\(slug)"
            if term.taxonomy == "post_tag" {
                add("/tag/\(term.slug)", target)
                add("/?tag=\(term.slug)", target)
            } else {
                add("/category/" + categoryPath(term, in: scan.terms), target)
                if let id = term.id { add("/?cat=\(id)", target) }
            }
        }
        for attachment in scan.attachments.values {
            let target = placed[attachment.parentID].map { "/articles/\($0)" } ?? media[attachment.id]?.path
            guard let target else { continue }
            add(attachment.link, target)
            add("/?attachment_id=\(attachment.id)", target)
        }
        let sorted = redirects.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: sorted.count, by: 500) {
            try await writer.redirect(sorted[start..<min(start + 500, sorted.count)].map { (path: $0.key, target: $0.value) })
        }
        report.redirects = sorted.count
    }

    /// WordPress nests a child category's address under its parents' (`/category/music/comebacks/`).
    private func categoryPath(_ term: WordPressTerm, in terms: [WordPressTerm]) -> String {
        var parts = [term.slug]
        var parent = term.parentSlug
        while !parent.isEmpty, parts.count < 10, let found = terms.first(where: { $0.taxonomy == "category" && $0.slug == parent }) {
            parts.insert(found.slug, at: 0)
            parent = found.parentSlug
        }
        return parts.joined(separator: "/")
    }
}

/// A picture placed in the media library, and where readers fetch it.
struct PlacedMedia {
    var id: UUID
    var path: String
}
