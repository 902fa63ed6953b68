import HallyuCore
import HallyuStore
import Vapor

/// An article's page as a reader sees it, read in a few plain queries (`ArticlePageReader`),
/// for the article's address and for a refused comment, which shows the page again.
extension ArticlePage {
    /// `typed` and `error` come back from a refused comment, so the form keeps what was typed.
    static func published(
        slug: String, for req: Request, typed: CommentSubmission? = nil, error: String? = nil
    ) async throws
        -> ArticlePage?
    {
        guard let reading = try await req.articlePageReader.published(slug: slug) else { return nil }
        let article = reading.article
        req.cacheShows(.article(article.id), .comments(article.id), .polls(on: EntityRef(kind: .article, slug: article.slug, name: "")))
        let formatting = req.formatting
        let body = try await req.bodyRenderer().render(article.body, subjects: article.subjects)
        let factsBoxes = reading.facts.map { FactsBox(title: $0.title, credits: $0.leads) }
        let mentions = reading.mentions
        let kinds = reading.titleKinds
        var meta = req.pageMeta(
            title: article.title, description: article.dek, path: Paths.article(article.slug), type: "article",
            image: article.hero,
            structuredData: StructuredData.article(
                article, mentions: mentions, titleKinds: kinds,
                base: req.publicBase, formatting: formatting))
        meta.publishedTime = article.publishedAt.map(formatting.iso)
        meta.modifiedTime = formatting.iso(article.updatedAt)
        meta.tags = article.tags.map(\.name)
        let related = reading.related.map { summary in
            var card = ArticleCard(summary, formatting: formatting)
            card.imageSizes = ImageSizes.compactCard
            return card
        }
        let (lead, rest) = Self.splitAfterSecondSection(body.html)
        let discussion = ArticleDiscussion(request: req)
        return ArticlePage(
            meta: meta,
            title: article.title, dek: article.dek,
            byline: article.authors.map(\.name).joined(separator: ", "),
            date: article.publishedAt.map(formatting.day) ?? "",
            dateISO: article.publishedAt.map(formatting.iso) ?? "",
            readingMinutes: max(1, (body.wordCount + 219) / 220),
            hero: ImageView(article.hero), bodyLead: lead, bodyRest: rest,
            inlineRelated: rest.isEmpty ? [] : Array(related.prefix(3)), factsBoxes: factsBoxes,
            subjects: article.subjects.map { LinkItem($0, titleKind: kinds[$0.slug]) },
            tags: article.tags.map { LinkItem($0.ref) },
            related: related,
            comments: try await discussion.comments(for: Comments.Target(article), typed: typed, error: error),
            polls: try await discussion.polls(on: .article, id: article.id),
            share: ShareView(url: req.publicBase + Paths.article(article.slug), title: article.title))
    }

    /// The body cut before its third heading of the second level, so the first picks sit after
    /// two sections of reading; the whole body and nothing when there are fewer sections.
    static func splitAfterSecondSection(_ html: String) -> (lead: String, rest: String) {
        // Bytes, not `range(of:)`: Foundation's search took 2% of an uncached article page.
        let utf8 = html.utf8
        var found = 0
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "<")) {
            let after = utf8.index(after: open)
            if utf8[after...].starts(with: "h2".utf8) {
                found += 1
                if found == 3 { return (String(html[..<open]), String(html[open...])) }
            }
            index = after
        }
        return (html, "")
    }
}
