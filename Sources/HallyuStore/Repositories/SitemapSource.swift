import Fluent
import Foundation
import HallyuCore
import SQLKit

/// What the sitemaps list, read with a few plain queries: a sitemap of a big newsroom holds
/// hundreds of thousands of addresses, too many to load as models.
public struct SitemapSource: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public struct ArticleEntry: Sendable {
        public let slug: String
        public let title: String
        public let publishedAt: Date?
        public let lastModified: Date?
        /// The hero picture's file, caption and credit.
        public let hero: (fileName: String, caption: String, credit: String)?
    }

    public struct EntityEntry: Sendable {
        public let kind: EntityKind
        public let slug: String
        public let titleKind: TitleKind?
        /// When the newest published article about it came out.
        public let lastModified: Date?
    }

    public func publishedCount() async throws -> Int {
        try await ArticleRepository(database: database).publishedCount()
    }

    /// Published articles, newest first.
    public func articles(offset: Int, limit: Int) async throws -> [ArticleEntry] {
        try await articles(where: SQLQueryString(""), offset: offset, limit: limit)
    }

    /// Published articles that came out since `date`, newest first.
    public func articles(since date: Date, limit: Int) async throws -> [ArticleEntry] {
        try await articles(where: SQLQueryString("AND a.published_at >= \(bind: date)"), offset: 0, limit: limit)
    }

    private func articles(where condition: SQLQueryString, offset: Int, limit: Int) async throws -> [ArticleEntry] {
        let rows = try await sql.raw(
            """
            SELECT a.slug, a.title, a.published_at, a.created_at, a.updated_at, m.kind AS media_kind, m.file_name, m.variants, m.caption, m.credit
            FROM articles a LEFT JOIN media m ON m.id = a.hero_media_id
            WHERE a.status = \(bind: ArticleStatus.published.rawValue) \(condition)
            ORDER BY a.published_at DESC, a.slug DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all()
        return try rows.map { row in
            let published = try row.decodeNil(column: "published_at") ? nil : row.decode(column: "published_at", as: Date.self)
            let created = try row.decodeNil(column: "created_at") ? nil : row.decode(column: "created_at", as: Date.self)
            let updated = try row.decodeNil(column: "updated_at") ? nil : row.decode(column: "updated_at", as: Date.self)
            var hero: (String, String, String)?
            if try !row.decodeNil(column: "file_name"), try row.decode(column: "media_kind", as: String.self) == MediaKind.image.rawValue {
                // The widest copy, which carries none of the upload's metadata, where copies were made.
                let upload = try row.decode(column: "file_name", as: String.self)
                let variants =
                    try row.decodeNil(column: "variants") ? nil : ImageVariants(encoded: try row.decode(column: "variants", as: String.self))
                hero = (
                    variants?.widestFileName(of: upload) ?? upload, try row.decode(column: "caption", as: String.self),
                    try row.decode(column: "credit", as: String.self)
                )
            }
            return ArticleEntry(
                slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                publishedAt: published,
                lastModified: ArticleModel.lastEdited(published: published, created: created, updated: updated), hero: hero)
        }
    }

    /// Every entity of a kind, with its newest article's date.
    public func entities(_ kind: EntityKind) async throws -> [EntityEntry] {
        let (table, links, extra): (String, String, String) =
            switch kind {
            case .person: ("people", "article_subjects", "")
            case .title: ("titles", "article_subjects", ", e.kind")
            case .organization: ("organizations", "article_subjects", "")
            case .couple: ("couples", "article_subjects", "")
            case .tag: ("tags", "article_tags", "")
            case .article, .character: ("", "", "")
            }
        guard !table.isEmpty else { return [] }
        let linkColumn = kind == .tag ? "tag_id" : "entity_id"
        let rows = try await sql.raw(
            """
            SELECT e.slug\(unsafeRaw: extra), max(a.published_at) AS newest
            FROM \(unsafeRaw: table) e
            LEFT JOIN \(unsafeRaw: links) l ON l.\(unsafeRaw: linkColumn) = e.id
            LEFT JOIN articles a ON a.id = l.article_id AND a.status = \(bind: ArticleStatus.published.rawValue)
            GROUP BY e.id, e.slug\(unsafeRaw: extra)\(unsafeRaw: kind == .tag ? " HAVING max(a.published_at) IS NOT NULL" : "")
            ORDER BY e.slug
            """
        ).all()
        return try rows.map { row in
            EntityEntry(
                kind: kind, slug: try row.decode(column: "slug", as: String.self),
                titleKind: kind == .title ? TitleKind(rawValue: try row.decode(column: "kind", as: String.self)) : nil,
                lastModified: try row.decodeNil(column: "newest") ? nil : row.decode(column: "newest", as: Date.self))
        }
    }

    public func entityCount(_ kind: EntityKind) async throws -> Int {
        switch kind {
        case .person: try await PersonModel.query(on: database).count()
        case .title: try await TitleModel.query(on: database).count()
        case .organization: try await OrganizationModel.query(on: database).count()
        case .couple: try await CoupleModel.query(on: database).count()
        // A tag becomes public with its first published article: drafts name tags too.
        case .tag:
            try await sql.raw(
                """
                SELECT count(*) AS n FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags l JOIN articles a ON a.id = l.article_id
                    WHERE l.tag_id = t.id AND a.status = \(bind: ArticleStatus.published.rawValue))
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        case .article, .character: 0
        }
    }

    private var sql: any SQLDatabase {
        get throws { try CreateEntityNamesAndIndexes.sql(database) }
    }
}
