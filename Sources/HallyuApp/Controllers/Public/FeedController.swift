import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// The site's feeds (`/feed.xml` RSS 2.0, `/atom.xml`, `/feed.json` JSON Feed 1.1) and an RSS
/// feed for every person, drama, film, organization, couple and tag (`…/{slug}/feed.xml`): the
/// newest 20 published articles with full bodies, absolute addresses and hero images.
struct FeedController {
    enum Format {
        case rss, atom, json

        var contentType: String {
            switch self {
            case .rss: "application/rss+xml; charset=utf-8"
            case .atom: "application/atom+xml; charset=utf-8"
            case .json: "application/feed+json; charset=utf-8"
            }
        }
    }

    func site(_ format: Format) -> @Sendable (Request) async throws -> Response {
        { req in
            let path =
                switch format {
                case .rss: "/feed.xml"
                case .atom: "/atom.xml"
                case .json: "/feed.json"
                }
            return try await respond(
                req, format: format, scope: .all, title: "Hallyu",
                description: "News and features about Korean dramas, films, K-pop and the people in them.",
                pagePath: "/", feedPath: path)
        }
    }

    func entity(_ kind: EntityKind) -> @Sendable (Request) async throws -> Response {
        { req in
            let slug = try req.slug()
            let knowledge = req.knowledge
            let found: (id: String, name: String, path: String)?
            switch kind {
            case .person: found = try await knowledge.person(slug: slug).map { ($0.id, $0.name, Paths.of($0.ref)) }
            case .title: found = try await knowledge.title(slug: slug).map { ($0.id, $0.name, Paths.of($0.ref, titleKind: $0.kind)) }
            case .organization: found = try await knowledge.organization(slug: slug).map { ($0.id, $0.name, Paths.of($0.ref)) }
            case .couple: found = try await knowledge.couple(slug: slug).map { ($0.id, $0.name, Paths.of($0.ref)) }
            case .tag: found = try await req.articles.tag(slug: slug).map { ("", $0.name, Paths.of($0.ref)) }
            case .article, .character: found = nil
            }
            guard let found else {
                return try await req.redirectOrNotFound(kind, slug: slug) { new in
                    req.url.path.replacingOccurrences(of: "/\(slug)/feed.xml", with: "/\(new)/feed.xml")
                }
            }
            // A drama's feed asked for under /films/ (or the other way round) lives at the other address.
            if kind == .title, found.path + "/feed.xml" != req.url.path {
                return req.redirect(to: found.path + "/feed.xml", redirectType: .permanent)
            }
            return try await respond(
                req, format: .rss, scope: kind == .tag ? .tagged(slug: slug) : .about(id: found.id),
                title: "\(found.name) — Hallyu", description: "Stories about \(found.name) on Hallyu.",
                pagePath: found.path, feedPath: found.path + "/feed.xml")
        }
    }

    private func respond(
        _ req: Request, format: Format, scope: ArticleRepository.FeedScope, title: String, description: String,
        pagePath: String, feedPath: String
    ) async throws -> Response {
        let items = try await req.articles.feed(scope)
        let newest = items.compactMap(\.summary.updatedAt).max()
        let validators = ConditionalGet(
            [feedPath, "\(format)"] + items.map { "\($0.summary.slug)@\($0.summary.updatedAt?.timeIntervalSince1970 ?? 0)" },
            lastModified: newest)
        return try await validators.respond(to: req, contentType: format.contentType) {
            let base = req.publicBase
            let renderer = try await req.bodyRenderer()
            var entries: [FeedEntry] = []
            var written: [String] = []
            for item in items {
                let url = base + Paths.article(item.summary.slug)
                var entry = FeedEntry(
                    id: url, url: url, title: item.summary.title, summary: item.summary.dek,
                    published: item.summary.publishedAt ?? newest ?? Date(timeIntervalSince1970: 0),
                    updated: item.summary.updatedAt ?? item.summary.publishedAt ?? Date(timeIntervalSince1970: 0),
                    authors: item.summary.authors.map(\.name), categories: item.tags.map(\.name),
                    image: item.summary.hero.flatMap { image(of: $0, req: req, base: base) })
                // An entry's text is kept with the rendered bodies: it changes with its body, its
                // names or anything else in the entry, which is all in its key.
                let body = try await renderer.source(item.body, subjects: item.subjects)
                let key = FeedItemKey(format: "\(format)", entry: entry, body: body.key)
                if format != .json, let text = renderer.rendered?.feedItem(key) {
                    written.append(text)
                    continue
                }
                let html = try await renderer.render(body).html
                entry.contentHTML = Self.absolute(html, base: base)
                switch format {
                case .json:
                    entries.append(entry)
                case .rss, .atom:
                    let text = format == .rss ? RSSFeed.item(entry) : AtomFeed.entry(entry)
                    renderer.rendered?.keep(feedItem: text, for: key)
                    written.append(text)
                }
            }
            let channel = FeedChannel(
                title: title, description: description, siteURL: base + pagePath, feedURL: base + feedPath,
                language: "en", updated: newest ?? Date(timeIntervalSince1970: 0), entries: entries)
            switch format {
            case .rss: return RSSFeed.xml(channel, items: written)
            case .atom: return AtomFeed.xml(channel, entries: written)
            case .json: return String(decoding: try JSONFeed.data(channel), as: UTF8.self)
            }
        }
    }

    /// The hero as an enclosure (its widest copy, or the upload without copies), with the file's
    /// size when it is on disk.
    private func image(of media: Media, req: Request, base: String) -> FeedImage? {
        guard media.kind == .image else { return nil }
        let copy = media.largestCopy
        let file = (req.application.config.mediaDirectory as NSString).appendingPathComponent(String(copy.path.dropFirst("/media/".count)))
        // `stat` itself: FileManager's attributes look up the owner's name and more, for every item.
        var info = stat()
        let size = file.withCString { stat($0, &info) } == 0 ? Int(info.st_size) : nil
        return FeedImage(url: base + copy.path, mimeType: copy.contentType, length: size, caption: media.caption, credit: media.credit)
    }

    /// Site-relative links and pictures made absolute, since a feed is read away from the site.
    /// One pass over the bytes, jumping from one `=` to the next (`memchr`) and copying the runs
    /// between links whole: Foundation's `replacingOccurrences`, twice over twenty bodies, was
    /// half of a feed's time, and a look at every byte for the start of a name still 6%.
    static func absolute(_ html: String, base: String) -> String {
        var html = html
        let baseBytes = Array(base.utf8)
        return html.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return "" }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64 * baseBytes.count)
            var runStart = 0
            var index = 0
            while index < bytes.count, let found = memchr(start + index, Int32(UInt8(ascii: "=")), bytes.count - index) {
                let equals = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = equals + 1
                guard equals + 2 < bytes.count, bytes[equals + 1] == UInt8(ascii: "\""), bytes[equals + 2] == UInt8(ascii: "/"),
                    let attribute = Self.linkAttribute(bytes, before: equals)
                else { continue }
                func prefix(at position: Int) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                    out.append(contentsOf: baseBytes)
                    runStart = position
                }
                prefix(at: equals + 2)
                index = equals + 3
                guard attribute == .candidates else { continue }
                // A `srcset` names an address after each ", " too, up to its closing quote.
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: ","), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: " "),
                        bytes[index + 2] == UInt8(ascii: "/")
                    {
                        prefix(at: index + 2)
                    }
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// An attribute holding one address (`href`, `src`) or a list of them (`srcset`).
    private enum LinkAttribute { case single, candidates }

    /// The attribute whose name ends just before `position`, if it holds addresses.
    private static func linkAttribute(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int) -> LinkAttribute? {
        func ends(with name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            guard position >= count else { return false }
            return UnsafeBufferPointer(start: name.utf8Start, count: count)
                .elementsEqual(UnsafeBufferPointer(rebasing: bytes[(position - count)..<position]))
        }
        if ends(with: "href") || ends(with: "src") { return .single }
        return ends(with: "srcset") ? .candidates : nil
    }
}
