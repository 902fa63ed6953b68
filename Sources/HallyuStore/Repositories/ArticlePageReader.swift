import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Everything an article page shows besides its comments and polls, read with plain SQL in at
/// most four queries: a page view is the site's most frequent read, and building Fluent models
/// of every link, credit and card cost more than the queries themselves.
public struct ArticlePageReader: Sendable {
    /// A published article with what its page shows around it.
    public struct Reading: Sendable {
        public var article: Article
        /// The entities the body names besides its subjects, most named first.
        public var mentions: [EntityRef]
        /// Kinds of the titles among subjects and mentions, by slug, so links go to `/dramas` or `/films`.
        public var titleKinds: [String: TitleKind]
        /// The titles the story is about, in subject order, with their lead cast.
        public var facts: [(title: Title, leads: [Credit])]
        /// "You might like", best first.
        public var related: [ArticleSummary]
    }

    let database: any Database
    /// Where the public pages' reads go (`SQLiteReader`), when not through `database`.
    let reads: (any SQLDatabase)?

    public init(database: any Database, reads: (any SQLDatabase)? = nil) {
        self.database = database
        self.reads = reads
    }

    /// The published article with `slug`, or nil for drafts, unpublished and unknown slugs.
    public func published(slug: String) async throws -> Reading? {
        let sql = try readingSQL(reads, or: database)
        guard let (article, links) = try await article(slug: slug, sql) else { return nil }
        return Reading(
            article: article, mentions: links.mentions, titleKinds: links.titleKinds,
            facts: try await facts(of: links.subjects.compactMap(\.title), sql),
            related: try await related(to: UUID(coreID: article.id), bylines: links.authors, sql))
    }

    /// The published article alone, with its byline, tags and subjects, in two queries.
    public func article(slug: String) async throws -> Article? {
        try await article(slug: slug, try readingSQL(reads, or: database))?.article
    }

    private func article(slug: String, _ sql: any SQLDatabase) async throws -> (article: Article, links: Links)? {
        guard
            let row = try await sql.raw(
                """
                SELECT a.id, a.slug, a.title, a.dek, a.body, a.published_at, a.created_at, a.updated_at, a.featured, a.comments_open,
                \(unsafeRaw: MediaColumns.select(from: "m"))
                FROM articles a LEFT JOIN media m ON m.id = a.hero_media_id
                WHERE a.slug = \(bind: slug) AND a.status = \(bind: ArticleStatus.published.rawValue)
                """
            ).first()
        else { return nil }
        let id = try row.uuid("id")
        let links = try Links(rows: try await sql.raw(Self.linksQuery(id)).all())
        let published = try row.optional("published_at", Date.self)
        let article = Article(
            id: id.coreID, slug: try row.decode(column: "slug", as: String.self),
            title: try row.decode(column: "title", as: String.self), dek: try row.decode(column: "dek", as: String.self),
            body: try row.decode(column: "body", as: String.self), hero: try MediaColumns.media(in: row),
            authors: links.authors[id] ?? [], tags: links.tags, subjects: links.subjects.map(\.ref), status: .published,
            publishedAt: published,
            updatedAt: ArticleModel.lastEdited(
                published: published, created: try row.optional("created_at", Date.self),
                updated: try row.optional("updated_at", Date.self)),
            featured: try row.decode(column: "featured", as: Bool.self),
            commentsOpen: try row.decode(column: "comments_open", as: Bool.self))
        return (article, links)
    }

    /// One query for every name the page shows: the byline, tags, subjects (titles with their
    /// facts), mentions and the bylines of the related picks. Entities are joined by kind.
    private static func linksQuery(_ id: UUID) -> SQLQueryString {
        let people = "NULL AS kind, u.slug, u.name, u.bio AS native_name, \(EntityColumns.none)"
        // Typed columns first: PostgreSQL settles a union's column types branch by branch, and a
        // branch of nulls first would make them text.
        return """
            SELECT 'subject' AS part, s.article_id AS owner, s.position AS rank, \(unsafeRaw: EntityColumns.select)
            FROM article_subjects s \(unsafeRaw: EntityColumns.joins) WHERE s.article_id = \(bind: id)
            UNION ALL
            SELECT 'mention', s.article_id, s.count, \(unsafeRaw: EntityColumns.select)
            FROM article_mentions s \(unsafeRaw: EntityColumns.joins) WHERE s.article_id = \(bind: id)
            UNION ALL
            SELECT 'author', l.article_id, l.position, \(unsafeRaw: people)
            FROM article_authors l JOIN users u ON u.id = l.user_id
            WHERE l.article_id = \(bind: id) OR l.article_id IN (SELECT related_id FROM related_articles WHERE article_id = \(bind: id))
            UNION ALL
            SELECT 'tag', l.article_id, 0, NULL, t.slug, t.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = \(bind: id)
            """
    }

    /// The rows of `linksQuery`, sorted out.
    private struct Links {
        struct Subject {
            var ref: EntityRef
            var title: Title?
        }

        var authors: [UUID: [Author]] = [:]
        var tags: [Tag] = []
        var subjects: [Subject] = []
        var mentions: [EntityRef] = []
        var titleKinds: [String: TitleKind] = [:]

        init(rows: [any SQLRow]) throws {
            var bylines: [UUID: [(rank: Int, author: Author)]] = [:]
            var subjects: [(rank: Int, subject: Subject)] = []
            var mentions: [(rank: Int, ref: EntityRef)] = []
            for row in rows {
                let rank = try row.decode(column: "rank", as: Int.self)
                let slug = try row.optional("slug", String.self)
                let name = try row.optional("name", String.self)
                guard let slug, let name else { continue }
                switch try row.decode(column: "part", as: String.self) {
                case "author":
                    bylines[try row.uuid("owner"), default: []].append(
                        (rank, Author(slug: slug, name: name, bio: try row.optional("native_name", String.self) ?? "")))
                case "tag":
                    tags.append(Tag(slug: slug, name: name))
                case let part:
                    guard let ref = try EntityColumns.ref(in: row) else { continue }
                    let titleKind = try EntityColumns.titleKind(in: row)
                    if let titleKind { titleKinds[slug] = titleKind }
                    if part == "mention" {
                        mentions.append((rank, ref))
                    } else {
                        subjects.append(
                            (
                                rank,
                                Subject(
                                    ref: ref,
                                    title: try titleKind.map { titleKind in
                                        Title(
                                            id: try row.id("title_id"), slug: slug, kind: titleKind,
                                            name: name, nativeName: ref.nativeName,
                                            firstAired: try row.optional("first_aired", String.self).flatMap(CalendarDate.init),
                                            lastAired: try row.optional("last_aired", String.self).flatMap(CalendarDate.init),
                                            episodes: try row.optional("episodes", Int.self),
                                            genres: try row.optional("genres", [String].self) ?? [])
                                    })
                            ))
                    }
                }
            }
            authors = bylines.mapValues { $0.sorted { $0.rank < $1.rank }.map(\.author) }
            tags.sort { $0.name < $1.name }
            self.subjects = subjects.sorted { $0.rank < $1.rank }.map(\.subject)
            // Most named first; a tie in the order of the slugs, so every database agrees.
            self.mentions = mentions.sorted { ($1.rank, $0.ref.slug) < ($0.rank, $1.ref.slug) }.map(\.ref)
        }
    }

    /// The networks, platforms and lead cast of the titles the story is about, in one query.
    private func facts(of titles: [Title], _ sql: any SQLDatabase) async throws -> [(title: Title, leads: [Credit])] {
        guard !titles.isEmpty else { return [] }
        let ids = titles.compactMap { UUID(uuidString: $0.id) }
        let rows = try await sql.raw(
            """
            SELECT 'lead' AS part, cr.title_id, cr.billing AS role, cr.position, p.slug, p.name, p.native_name, cr.id AS credit_id,
            cr.character_name, cr.character_native_name, cr.character_short_names
            FROM credits cr JOIN people p ON p.id = cr.person_id
            WHERE cr.title_id IN \(SQLBind.group(ids)) AND cr.billing = \(bind: Billing.lead.rawValue)
            UNION ALL
            SELECT 'outlet', x.title_id, x.role, x.position, o.slug, o.name, o.native_name, NULL, NULL, NULL, NULL
            FROM title_outlets x JOIN organizations o ON o.id = x.organization_id WHERE x.title_id IN \(SQLBind.group(ids))
            """
        ).all()
        var outlets: [UUID: [(position: Int, role: String, ref: EntityRef)]] = [:]
        var leads: [UUID: [Credit]] = [:]
        for row in rows {
            let titleID = try row.uuid("title_id")
            let position = try row.decode(column: "position", as: Int.self)
            let role = try row.decode(column: "role", as: String.self)
            let slug = try row.decode(column: "slug", as: String.self)
            let name = try row.decode(column: "name", as: String.self)
            let nativeName = try row.optional("native_name", String.self)
            if try row.decode(column: "part", as: String.self) == "outlet" {
                outlets[titleID, default: []].append(
                    (
                        position, role,
                        EntityRef(
                            kind: .organization, slug: slug, name: name,
                            nativeName: nativeName)
                    ))
                continue
            }
            guard let title = titles.first(where: { $0.id == titleID.coreID }) else { continue }
            leads[titleID, default: []].append(
                Credit(
                    id: try row.id("credit_id"),
                    person: EntityRef(kind: .person, slug: slug, name: name, nativeName: nativeName),
                    title: title.ref, titleKind: title.kind,
                    characterName: try row.optional("character_name", String.self),
                    characterNativeName: try row.optional("character_native_name", String.self),
                    characterShortNames: try row.optional("character_short_names", [String].self) ?? [],
                    billing: Billing(rawValue: role) ?? .lead, order: position))
        }
        return titles.map { title in
            var title = title
            let id = UUID(coreID: title.id)
            let sorted = (outlets[id] ?? []).sorted { $0.position < $1.position }
            title.networks = sorted.filter { $0.role == TitleOutletModel.network }.map(\.ref)
            title.platforms = sorted.filter { $0.role == TitleOutletModel.platform }.map(\.ref)
            return (title, (leads[id] ?? []).sorted { $0.order < $1.order })
        }
    }

    /// The stored picks (see `RelatedArticles`) that are published, best first; their bylines
    /// came with the links.
    private func related(to id: UUID, bylines: [UUID: [Author]], _ sql: any SQLDatabase) async throws -> [ArticleSummary] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: ArticleSummaries.columns)
            FROM related_articles r JOIN articles a ON a.id = r.related_id LEFT JOIN media m ON m.id = a.hero_media_id
            WHERE r.article_id = \(bind: id) ORDER BY r.score DESC, a.id
            """
        ).all().filter {
            // Filtered here: with the status in the query, SQLite walked every published
            // article of a 100,000-article site instead of the few picks (150 ms a page).
            try $0.decode(column: "status", as: String.self) == ArticleStatus.published.rawValue
        }.map { row in
            try ArticleSummaries.card(row, authors: bylines[try row.uuid("id")] ?? [])
        }
    }
}
