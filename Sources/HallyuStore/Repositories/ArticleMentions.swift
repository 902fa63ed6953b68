import Fluent
import Foundation
import HallyuCore

/// Records which entities each article names. An article's own subjects are left out: entity
/// pages list the articles about them first, and "mentioned in" is for the others.
public struct ArticleMentions: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// What the recorder needs to read an article again.
    public struct Source: Sendable {
        public let slug: String
        public let body: String
        public let subjects: [MentionTarget]

        public init(slug: String, body: String, subjects: [MentionTarget]) {
            self.slug = slug
            self.body = body
            self.subjects = subjects
        }
    }

    /// Every article, drafts included, so a draft's mentions are ready when it is published.
    public func sources() async throws -> [Source] {
        let rows = try await ArticleModel.query(on: database).with(\.$subjectLinks).sort(\.$slug).all()
        let pairs = rows.flatMap(\.subjectLinks).compactMap { link in
            EntityKind(rawValue: link.entityKind).map { (kind: $0, id: link.entityID) }
        }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        return rows.map { row in
            let subjects = row.subjectLinks.sorted { $0.position < $1.position }
                .compactMap { refs[$0.entityID] }.map { MentionTarget(kind: $0.kind, slug: $0.slug) }
            return Source(slug: row.slug, body: row.body, subjects: subjects)
        }
    }

    /// Replaces the recorded mentions of the article with `slug` by `counts`. A character counts
    /// for its title, and a couple is mentioned where both of its people are. Returns whether
    /// the set of entities named changed, and the article's id.
    @discardableResult
    public func record(articleSlug: String, counts: [MentionTarget: Int]) async throws -> (changed: Bool, articleID: UUID) {
        guard let article = try await ArticleModel.query(on: database).filter(\.$slug == articleSlug).first() else {
            // Called after the article's own write committed: a fault, not the writer's mistake.
            throw StoreError.unreadable(.article, articleSlug)
        }
        let articleID = try article.requireID()
        let subjectIDs = Set(
            try await ArticleSubjectModel.query(on: database).filter(\.$article.$id == articleID)
                .all().map(\.entityID))

        var bySlug: [EntityKind: [String: Int]] = [:]
        for (target, count) in counts {
            let (kind, slug) = target.kind == .character ? (EntityKind.title, target.titleSlug ?? "") : (target.kind, target.slug)
            bySlug[kind, default: [:]][slug, default: 0] += count
        }
        var entities: [(kind: EntityKind, id: UUID, count: Int)] = []
        for (kind, slugs) in bySlug {
            for (slug, id) in try await ids(kind, Array(slugs.keys)) { entities.append((kind, id, slugs[slug] ?? 0)) }
        }
        let rows = entities + (try await couples(of: entities.filter { $0.kind == .person }))

        let before = Set(try await ArticleMentionModel.query(on: database).filter(\.$article.$id == articleID).all().map(\.entityID))
        let after = Set(rows.filter { !subjectIDs.contains($0.id) }.map(\.id))
        try await database.writeTransaction { database in
            // Two saves of one article at once each replace its mentions: one after the other.
            try await database.lockRow(of: ArticleModel.schema, id: articleID)
            try await ArticleMentionModel.query(on: database).filter(\.$article.$id == articleID).delete()
            for row in rows where !subjectIDs.contains(row.id) {
                try await ArticleMentionModel(articleID: articleID, kind: row.kind, entityID: row.id, count: row.count)
                    .create(on: database)
            }
        }
        return (before != after, articleID)
    }

    /// Slug → id for the entities of one kind that exist; unknown slugs are skipped, since a name
    /// in the text may outlive the entity it once named.
    private func ids(_ kind: EntityKind, _ slugs: [String]) async throws -> [String: UUID] {
        guard !slugs.isEmpty else { return [:] }
        func pairs<M: Model>(_ query: QueryBuilder<M>, _ slug: KeyPath<M, String>) async throws -> [String: UUID] where M.IDValue == UUID {
            Dictionary(
                try await query.all().compactMap { row in row.id.map { (row[keyPath: slug], $0) } },
                uniquingKeysWith: { first, _ in first })
        }
        switch kind {
        case .person: return try await pairs(PersonModel.query(on: database).filter(\.$slug ~~ slugs), \.slug)
        case .title: return try await pairs(TitleModel.query(on: database).filter(\.$slug ~~ slugs), \.slug)
        case .organization: return try await pairs(OrganizationModel.query(on: database).filter(\.$slug ~~ slugs), \.slug)
        case .couple: return try await pairs(CoupleModel.query(on: database).filter(\.$slug ~~ slugs), \.slug)
        case .article, .tag, .character: return [:]
        }
    }

    /// The couples both of whose people are among `people`, counted by the rarer partner.
    private func couples(of people: [(kind: EntityKind, id: UUID, count: Int)]) async throws -> [(kind: EntityKind, id: UUID, count: Int)] {
        guard people.count >= 2 else { return [] }
        let counts = Dictionary(people.map { ($0.id, $0.count) }, uniquingKeysWith: +)
        let ids = Array(counts.keys)
        return try await CoupleModel.query(on: database).filter(\.$first.$id ~~ ids).filter(\.$second.$id ~~ ids).all()
            .compactMap { couple in
                guard let id = couple.id, let first = counts[couple.$first.id], let second = counts[couple.$second.id] else { return nil }
                return (EntityKind.couple, id, min(first, second))
            }
    }
}
