import Fluent
import Foundation
import HallyuCore
import SQLKit

/// A batch of imported posts' rows — articles, bylines, tags, subjects, revisions, comments and
/// import records — written a table at a time in multi-row statements, parents before the rows
/// that name them. One statement per row cost more than the import's every other step.
struct ImportRows {
    let source: String
    private var articles: [[any SQLExpression]] = []
    private var authors: [[any SQLExpression]] = []
    private var tags: [[any SQLExpression]] = []
    private var subjects: [[any SQLExpression]] = []
    private var revisions: [[any SQLExpression]] = []
    private var comments: [[any SQLExpression]] = []
    private var records: [[any SQLExpression]] = []
    private let now = Date()

    init(source: String) {
        self.source = source
    }

    mutating func article(_ post: ImportedPost, id: UUID, slug: String) {
        articles.append([
            SQLBind(id), SQLBind(slug), SQLBind(post.title), SQLBind(post.dek), SQLBind(post.body), Self.optional(post.heroMediaID),
            SQLBind(post.status.rawValue), Self.optional(post.publishedAt), Self.optional(post.scheduledAt), SQLBind(post.featured),
            SQLBind(post.commentsOpen), SQLBind(post.isPage), SQLBind(now), SQLBind(now),
        ])
    }

    /// The byline, tags, subjects and the revision that records them.
    mutating func links(
        _ post: ImportedPost, articleID: UUID, slug: String, revision number: Int, lookups: inout ImportLookups, on database: any Database
    ) async throws {
        if let author = post.authorSlug, let userID = lookups.users[author] {
            authors.append([SQLBind(UUID()), SQLBind(articleID), SQLBind(userID), SQLBind(0)])
        }
        let named = post.tagSlugs.compactMap { lookups.tags[$0] }
        for tag in named { tags.append([SQLBind(UUID()), SQLBind(articleID), SQLBind(tag.id)]) }
        var placed: [(EntityKind, UUID)] = []
        for subject in post.subjects {
            guard let entityID = try await lookups.entity(subject, on: database) else { continue }
            subjects.append([SQLBind(UUID()), SQLBind(articleID), SQLBind(subject.kind.rawValue), SQLBind(entityID), SQLBind(placed.count)])
            placed.append((subject.kind, entityID))
        }
        revisions.append([
            SQLBind(UUID()), SQLBind(articleID), SQLBind(number), SQLBind(slug), SQLBind(post.title), SQLBind(post.dek), SQLBind(post.body),
            Self.optional(post.heroMediaID), SQLBind(RevisionText.tags(named.map(\.name))), SQLBind(RevisionText.subjects(placed)),
            SQLLiteral.null, SQLBind(number == 1 ? "imported" : "updated by a later import"), SQLBind(now),
        ])
    }

    mutating func record(_ key: String, kind: String, id: UUID, version: String?) {
        records.append([SQLBind(UUID()), SQLBind(source), SQLBind(key), SQLBind(kind), SQLBind(id), Self.optional(version)])
    }

    /// Adds the comments not placed before; a reply whose parent is missing (or a loop of
    /// replies answering each other) stands as a comment of its own. Returns how many.
    mutating func comments(_ list: [ImportedComment], articleID: UUID, placedBefore: [String: UUID]) -> Int {
        var ids = placedBefore
        var pending = list.filter { placedBefore[$0.key] == nil }
        let known = Set(list.map(\.key))
        var added = 0
        while !pending.isEmpty {
            var ready = pending.filter { comment in
                guard let parent = comment.parentKey, known.contains(parent) else { return true }
                return ids[parent] != nil
            }
            let stuck = ready.isEmpty
            if stuck { ready = [pending[0]] }
            for comment in ready {
                let id = UUID()
                comments.append([
                    SQLBind(id), SQLBind(articleID), Self.optional(stuck ? nil : comment.parentKey.flatMap { ids[$0] }), SQLBind(comment.name),
                    Self.optional(comment.email), SQLBind(comment.body), SQLBind(comment.status.rawValue), SQLLiteral.null,
                    SQLBind("imported"), SQLBind(""), SQLBind(comment.createdAt),
                ])
                record(comment.key, kind: "comment", id: id, version: nil)
                ids[comment.key] = id
                added += 1
            }
            let placed = Set(ready.map(\.key))
            pending.removeAll { placed.contains($0.key) }
        }
        return added
    }

    func insert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("the database does not accept SQL") }
        let tables: [(String, [String], [[any SQLExpression]])] = [
            (
                "articles",
                [
                    "id", "slug", "title", "dek", "body", "hero_media_id", "status", "published_at", "scheduled_at", "featured", "comments_open",
                    "is_page", "created_at", "updated_at",
                ], articles
            ),
            ("article_authors", ["id", "article_id", "user_id", "position"], authors),
            ("article_tags", ["id", "article_id", "tag_id"], tags),
            ("article_subjects", ["id", "article_id", "entity_kind", "entity_id", "position"], subjects),
            (
                "article_revisions",
                ["id", "article_id", "number", "slug", "title", "dek", "body", "hero_media_id", "tags", "subjects", "user_id", "note", "created_at"],
                revisions
            ),
            (
                "comments",
                ["id", "article_id", "parent_id", "name", "email", "body", "status", "reason", "commenter_key", "address_hash", "created_at"],
                comments
            ),
            ("import_records", ["id", "source", "external_key", "entity_kind", "entity_id", "version"], records),
        ]
        for (table, columns, rows) in tables where !rows.isEmpty {
            // Few enough values a statement for SQLite's and PostgreSQL's limits on binds.
            let perStatement = max(1, 4_000 / columns.count)
            for start in stride(from: 0, to: rows.count, by: perStatement) {
                var insert = sql.insert(into: table).columns(columns)
                for row in rows[start..<min(start + perStatement, rows.count)] { insert = insert.values(row) }
                try await insert.run()
            }
        }
    }

    private static func optional<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression {
        value.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null
    }
}

/// The accounts, tags and knowledge-base entries a batch of posts names, looked up once.
struct ImportLookups {
    var users: [String: UUID]
    var tags: [String: (id: UUID, name: String)]
    private var entities: [MentionTarget: UUID?] = [:]

    static func load(for posts: [ImportedPost], on database: any Database) async throws -> ImportLookups {
        let authors = Set(posts.compactMap(\.authorSlug))
        let tagSlugs = Set(posts.flatMap(\.tagSlugs))
        let users = authors.isEmpty ? [] : try await UserModel.query(on: database).filter(\.$slug ~~ authors).all()
        let tags = tagSlugs.isEmpty ? [] : try await TagModel.query(on: database).filter(\.$slug ~~ tagSlugs).all()
        return ImportLookups(
            users: Dictionary(try users.map { ($0.slug, try $0.requireID()) }, uniquingKeysWith: { first, _ in first }),
            tags: Dictionary(try tags.map { ($0.slug, (try $0.requireID(), $0.name)) }, uniquingKeysWith: { first, _ in first }))
    }

    mutating func entity(_ target: MentionTarget, on database: any Database) async throws -> UUID? {
        if let known = entities[target] { return known }
        let id = try await KnowledgeWriter(database: database).id(target.kind, target.slug)
        entities[target] = id
        return id
    }
}

/// The article slugs a batch wants, checked in two queries: a slug no article has (and no
/// renamed article had) is taken as it is; another goes through the allocator.
struct FreeSlugs {
    private var taken: Set<String>

    static func load(for wanted: [String], on database: any Database) async throws -> FreeSlugs {
        let slugs = Array(Set(wanted.map { Slug.make(from: $0) }.filter { !$0.isEmpty }))
        guard !slugs.isEmpty else { return FreeSlugs(taken: []) }
        let articles = try await ArticleModel.query(on: database).filter(\.$slug ~~ slugs).all(\.$slug)
        let renamed = try await SlugRedirectModel.query(on: database).filter(\.$entityKind == EntityKind.article.rawValue)
            .filter(\.$oldSlug ~~ slugs).all(\.$oldSlug)
        return FreeSlugs(taken: Set(articles + renamed))
    }

    mutating func take(_ wanted: String, on database: any Database) async throws -> String {
        let slug = Slug.make(from: wanted)
        if !slug.isEmpty && !taken.contains(slug) {
            taken.insert(slug)
            return slug
        }
        let allocated = try await SlugAllocator(database: database).available(.article, name: wanted, year: nil)
        // The allocator asks the database, which does not hold this batch's articles yet.
        var candidate = allocated
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(allocated)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

/// How a revision keeps its tags and subjects: one per line.
enum RevisionText {
    static func tags(_ names: [String]) -> String {
        names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func subjects(_ pairs: [(EntityKind, UUID)]) -> String {
        pairs.map { "\($0.0.rawValue):\($0.1.coreID)" }.joined(separator: "\n")
    }
}
