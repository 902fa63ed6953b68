import Fluent
import Foundation
import HallyuCore
import SQLKit

/// The newsroom's side of articles: every state, not only what readers see. Each save writes a
/// revision; a save made on top of an older revision than the current one is refused, so two
/// editors never overwrite each other without knowing.
public struct ArticleDesk: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// What a writer sends: tags by name (new ones are made), subjects by kind and slug.
    public struct Draft: Sendable, Equatable {
        public var title: String
        /// Nil or empty: made from the title.
        public var slug: String?
        public var dek: String
        public var body: String
        public var heroMediaID: String?
        public var tags: [String]
        public var subjects: [EntityRef]

        public init(
            title: String, slug: String? = nil, dek: String = "", body: String, heroMediaID: String? = nil,
            tags: [String] = [], subjects: [EntityRef] = []
        ) {
            self.title = title
            self.slug = slug
            self.dek = dek
            self.body = body
            self.heroMediaID = heroMediaID
            self.tags = tags
            self.subjects = subjects
        }
    }

    /// An article as the newsroom sees it.
    public struct Entry: Sendable {
        public var article: Article
        /// The number of the newest revision; a save must say it started from this one.
        public var revision: Int
        public var scheduledAt: Date?
        public var authorIDs: [String]
        public var createdAt: Date?

        public func isAuthor(_ user: User) -> Bool { authorIDs.contains(user.id) }
    }

    /// One line of the newsroom's article list.
    public struct Row: Sendable {
        public var id: String
        public var slug: String
        public var title: String
        public var status: ArticleStatus
        public var authors: [String]
        public var updatedAt: Date?
        public var publishedAt: Date?
        public var scheduledAt: Date?
    }

    /// A save made on top of an older revision than the current one.
    public struct Conflict: Error, Sendable {
        public var current: Int
        public var yours: Int
    }

    // MARK: Reading

    public func entry(id: String) async throws -> Entry? {
        guard let uuid = UUID(uuidString: id),
            let row = try await ArticleModel.query(on: database).filter(\.$id == uuid)
                .with(\.$hero).with(\.$authorLinks, { $0.with(\.$user) }).with(\.$tags).with(\.$subjectLinks).first()
        else { return nil }
        let links = row.subjectLinks.sorted { $0.position < $1.position }
        let refs = try await EntityRefs(database: database)
            .resolve(links.compactMap { link in EntityKind(rawValue: link.entityKind).map { (kind: $0, id: link.entityID) } })
        let authors = row.authorLinks.sorted { $0.position < $1.position }
        let article = Article(
            id: uuid.coreID, slug: row.slug, title: row.title, dek: row.dek, body: row.body,
            hero: try row.$hero.value??.toCore(), authors: authors.map { $0.user.author },
            tags: row.tags.map { $0.toCore() }.sorted { $0.name < $1.name },
            subjects: links.compactMap { refs[$0.entityID] },
            status: ArticleStatus(rawValue: row.status) ?? .draft, publishedAt: row.publishedAt,
            updatedAt: row.updatedAt ?? row.createdAt ?? Date(), featured: row.featured)
        return Entry(
            article: article, revision: try await currentRevision(uuid), scheduledAt: row.scheduledAt,
            authorIDs: try authors.map { try $0.user.requireID().coreID }, createdAt: row.createdAt)
    }

    /// Articles newest-changed first, of one state or all, and of one author or all.
    public func list(status: ArticleStatus?, authorID: String?, _ paging: Paging) async throws -> Paged<Row> {
        func query() -> QueryBuilder<ArticleModel> {
            let query = ArticleModel.query(on: database)
            if let status { query.filter(\.$status == status.rawValue) }
            if let authorID, let uuid = UUID(uuidString: authorID) {
                query.join(ArticleAuthorModel.self, on: \ArticleModel.$id == \ArticleAuthorModel.$article.$id)
                    .filter(ArticleAuthorModel.self, \.$user.$id == uuid)
            }
            return query
        }
        let total = try await query().count()
        let rows = try await query().with(\.$authorLinks, { $0.with(\.$user) })
            .sort(\.$updatedAt, .descending).sort(\.$id, .descending).range(paging.offset..<(paging.offset + paging.per)).all()
        return Paged(
            items: try rows.map { row in
                Row(
                    id: try row.requireID().coreID, slug: row.slug, title: row.title, status: ArticleStatus(rawValue: row.status) ?? .draft,
                    authors: row.authorLinks.sorted { $0.position < $1.position }.map(\.user.name), updatedAt: row.updatedAt,
                    publishedAt: row.publishedAt, scheduledAt: row.scheduledAt)
            }, page: paging.page, per: paging.per, total: total)
    }

    /// The id of the article with `slug`, whatever its state.
    public func id(slug: String) async throws -> String? {
        try await ArticleModel.query(on: database).filter(\.$slug == slug).first()?.id?.coreID
    }

    // MARK: Writing

    /// A new draft with `author` on its byline; its first revision is written with it.
    public func create(_ draft: Draft, by author: User) async throws -> Entry {
        let id = try await database.writeTransaction { database in
            let desk = ArticleDesk(database: database)
            let row = ArticleModel()
            row.slug = try await desk.freeSlug(for: draft, current: nil)
            row.status = ArticleStatus.draft.rawValue
            row.featured = false
            row.commentsOpen = true
            try desk.apply(draft, to: row)
            row.body = draft.body
            try await row.create(on: database)
            let articleID = try row.requireID()
            try await ArticleAuthorModel(articleID: articleID, userID: UUID(coreID: author.id), position: 0).create(on: database)
            try await desk.link(draft, to: articleID)
            try await desk.writeRevision(of: row, draft: draft, number: 1, by: author, note: "created")
            return articleID
        }
        return try await require(id)
    }

    /// Saves a new version made from revision `base`; refused with `Conflict` when someone
    /// saved since. A published article's old slug keeps answering with a 301.
    public func update(id: String, with draft: Draft, base: Int, by user: User, note: String = "") async throws -> Entry {
        let uuid = UUID(coreID: id)
        do {
            try await save(uuid, id: id, with: draft, base: base, by: user, note: note)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two saves from the same revision at once: the second to write its revision number
            // finds it taken, and is a conflict like any other.
            let current = try await currentRevision(uuid)
            if current != base { throw Conflict(current: current, yours: base) }
            throw StoreError.alreadyExists("another article took that slug a moment ago; choose another")
        }
        return try await require(uuid)
    }

    private func save(_ uuid: UUID, id: String, with draft: Draft, base: Int, by user: User, note: String) async throws {
        try await database.writeTransaction { database in
            let desk = ArticleDesk(database: database)
            guard let row = try await ArticleModel.find(uuid, on: database) else { throw StoreError.missingReference(.article, id) }
            let current = try await desk.currentRevision(uuid)
            guard current == base else { throw Conflict(current: current, yours: base) }
            let oldSlug = row.slug
            row.slug = try await desk.freeSlug(for: draft, current: row)
            try desk.apply(draft, to: row)
            try await row.update(on: database)
            if oldSlug != row.slug, row.publishedAt != nil {
                try await SlugRedirectModel.query(on: database).filter(\.$entityKind == EntityKind.article.rawValue)
                    .filter(\.$oldSlug ~~ [row.slug, oldSlug]).delete()
                try await SlugRedirectModel(kind: EntityKind.article.rawValue, oldSlug: oldSlug, entityID: uuid).create(on: database)
            }
            try await ArticleTagModel.query(on: database).filter(\.$article.$id == uuid).delete()
            try await ArticleSubjectModel.query(on: database).filter(\.$article.$id == uuid).delete()
            try await desk.link(draft, to: uuid)
            try await desk.writeRevision(of: row, draft: draft, number: current + 1, by: user, note: note)
            if row.status == ArticleStatus.published.rawValue {
                try await ArticleSearch(database: database).update(
                    articleID: uuid, title: row.title, dek: row.dek, body: row.body,
                    publishedAt: row.publishedAt)
            }
        }
    }

    /// Moves an article to `step`'s state. Publishing stamps the time the first time only, so
    /// feeds and sitemaps keep the original date when a story is unpublished and put back.
    public func take(_ step: WorkflowStep, id: String, at scheduled: Date? = nil, now: Date) async throws -> Entry {
        let uuid = UUID(coreID: id)
        try await database.writeTransaction { database in
            guard let row = try await ArticleModel.find(uuid, on: database) else { throw StoreError.missingReference(.article, id) }
            let status = ArticleStatus(rawValue: row.status) ?? .draft
            guard step.starts.contains(status) else {
                throw StoreError.conflict("a \(status.rawValue) article cannot be \(step.pastTense)")
            }
            row.status = step.result.rawValue
            row.scheduledAt = nil
            switch step {
            case .schedule:
                guard let scheduled else { throw StoreError.invalid("scheduling needs a time") }
                row.scheduledAt = scheduled
            case .publish:
                if row.publishedAt == nil { row.publishedAt = now }
            default:
                break
            }
            try await row.update(on: database)
            try await ArticleSearch(database: database).update(
                articleID: uuid, title: row.title, dek: row.dek, body: row.body,
                publishedAt: step == .publish ? row.publishedAt : nil)
        }
        return try await require(uuid)
    }

    /// How many scheduled articles are due and not yet published, and the earliest time among
    /// them: what the scheduler still has to do, for the operator's metrics.
    public func due(now: Date) async throws -> (count: Int, earliest: Date?) {
        let due = ArticleModel.query(on: database).filter(\.$status == ArticleStatus.scheduled.rawValue)
            .filter(\.$scheduledAt <= now)
        let count = try await due.count()
        guard count > 0 else { return (0, nil) }
        return (count, try await due.copy().min(\.$scheduledAt))
    }

    /// Publishes every scheduled article that is due and returns their ids, oldest schedule
    /// first. Each is claimed by a conditional update in a transaction of its own, with its
    /// search entry: when several app instances ask at once, the database lets one update claim
    /// a row and the others find it no longer scheduled, so each article goes out exactly once;
    /// and an article is never left published without its search entry.
    public func publishDue(now: Date = Date()) async throws -> [String] {
        var ids: [String] = []
        while ids.count < 1000, let id = try await publishNextDue(now: now) { ids.append(id) }
        return ids
    }

    private func publishNextDue(now: Date) async throws -> String? {
        try await database.writeTransaction { database in
            guard let sql = database as? any SQLDatabase else { return nil }
            let scheduled = ArticleStatus.scheduled.rawValue
            guard
                let row = try await sql.raw(
                    """
                    UPDATE articles SET status = \(bind: ArticleStatus.published.rawValue),
                        published_at = COALESCE(published_at, scheduled_at), scheduled_at = NULL, updated_at = \(bind: now)
                    WHERE status = \(bind: scheduled) AND id = (SELECT id FROM articles WHERE status = \(bind: scheduled)
                        AND scheduled_at <= \(bind: now) ORDER BY scheduled_at LIMIT 1)
                    RETURNING id
                    """
                ).first()
            else { return nil }
            let id = try row.uuid("id")
            guard let article = try await ArticleModel.find(id, on: database) else { return nil }
            try await ArticleSearch(database: database).update(
                articleID: id, title: article.title, dek: article.dek,
                body: article.body, publishedAt: article.publishedAt)
            return id.coreID
        }
    }

    // MARK: Helpers

    func require(_ id: UUID) async throws -> Entry {
        guard let entry = try await entry(id: id.coreID) else { throw StoreError.missingReference(.article, id.coreID) }
        return entry
    }

    func currentRevision(_ id: UUID) async throws -> Int {
        try await ArticleRevisionModel.query(on: database).filter(\.$article.$id == id).max(\.$number) ?? 0
    }

    private func apply(_ draft: Draft, to row: ArticleModel) throws {
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid("an article needs a title") }
        row.title = title
        row.dek = draft.dek.trimmingCharacters(in: .whitespacesAndNewlines)
        row.body = draft.body
        if let hero = draft.heroMediaID, !hero.isEmpty {
            guard let heroID = UUID(uuidString: hero) else { throw StoreError.invalid("no media item with the id \"\(hero)\"") }
            row.$hero.id = heroID
        } else {
            row.$hero.id = nil
        }
    }

    /// The slug asked for when it is valid and free, else one made from the title (kept when
    /// the article already has one).
    private func freeSlug(for draft: Draft, current: ArticleModel?) async throws -> String {
        let wanted = (draft.slug ?? "").trimmingCharacters(in: .whitespaces)
        if wanted.isEmpty {
            if let current { return current.slug }
            return try await SlugAllocator(database: database).available(.article, name: draft.title, year: nil)
        }
        guard Slug.isValid(wanted) else {
            throw StoreError.invalid("\"\(wanted)\" is not a slug: lowercase ASCII words joined by hyphens")
        }
        if wanted == current?.slug { return wanted }
        if let holder = try await ArticleModel.query(on: database).filter(\.$slug == wanted).first(), holder.id != current?.id {
            throw StoreError.alreadyExists("the slug \"\(wanted)\" is taken by another article")
        }
        // An old address of another story keeps leading there; it is not handed to a new one.
        if let redirect = try await SlugRedirectModel.query(on: database).filter(\.$entityKind == EntityKind.article.rawValue)
            .filter(\.$oldSlug == wanted).first(), redirect.entityID != current?.id
        {
            throw StoreError.alreadyExists("the slug \"\(wanted)\" was another article's address and still leads to it")
        }
        return wanted
    }

    private func link(_ draft: Draft, to articleID: UUID) async throws {
        if let hero = draft.heroMediaID, !hero.isEmpty, try await MediaModel.find(UUID(uuidString: hero), on: database) == nil {
            throw StoreError.invalid("no media item with the id \"\(hero)\"")
        }
        var seenTags = Set<String>()
        for name in draft.tags {
            let name = name.trimmingCharacters(in: .whitespaces)
            let slug = Slug.make(from: name)
            guard !slug.isEmpty, seenTags.insert(slug).inserted else { continue }
            let tag: TagModel
            if let existing = try await TagModel.query(on: database).filter(\.$slug == slug).first() {
                tag = existing
            } else {
                tag = TagModel(slug: slug, name: name)
                try await tag.create(on: database)
            }
            let link = ArticleTagModel()
            link.$article.id = articleID
            link.$tag.id = try tag.requireID()
            try await link.create(on: database)
        }
        let lookup = KnowledgeWriter(database: database)
        var seenSubjects = Set<UUID>()
        for subject in draft.subjects {
            guard [.person, .title, .organization, .couple].contains(subject.kind) else {
                throw StoreError.invalid("a subject is a person, title, organization or couple, not a \(subject.kind.rawValue)")
            }
            let entityID = try await lookup.require(subject.kind, subject.slug)
            guard seenSubjects.insert(entityID).inserted else { continue }
            try await ArticleSubjectModel(articleID: articleID, kind: subject.kind, entityID: entityID, position: seenSubjects.count - 1)
                .create(on: database)
        }
    }
}

extension ArticleDesk {
    /// Tag names for the editor's suggestions: those of the newest 2,000 published articles, the
    /// most used first. (A tag another writer made for an unpublished story is theirs until it
    /// goes out; and counting every article's tags on each editor page would read the newsroom.)
    public func tagNames(limit: Int) async throws -> [String] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let published = ArticleStatus.published.rawValue
        return try await sql.raw(
            """
            SELECT tags.name AS name FROM article_tags JOIN tags ON tags.id = article_tags.tag_id
            WHERE article_tags.article_id IN (SELECT id FROM articles WHERE status = \(bind: published)
                ORDER BY published_at DESC LIMIT 2000)
            GROUP BY tags.id, tags.name ORDER BY count(*) DESC, tags.name LIMIT \(bind: limit)
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }
    }
}
