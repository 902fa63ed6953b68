import Fluent
import Foundation
import HallyuCore

/// One saved version of an article, as the revisions page lists and compares them.
public struct ArticleRevision: Sendable {
    public var number: Int
    public var savedAt: Date?
    public var savedBy: String
    public var note: String
    public var draft: ArticleDesk.Draft

    /// The whole revision as lines of text, for a line-level comparison: what readers see
    /// around the body first, then the body.
    public var comparableText: String {
        let tags = draft.tags.joined(separator: ", ")
        let subjects = draft.subjects.map(\.name).joined(separator: ", ")
        return """
            Title: \(draft.title)
            Slug: \(draft.slug ?? "")
            Dek: \(draft.dek)
            Hero: \(draft.heroMediaID ?? "none")
            Tags: \(tags)
            Subjects: \(subjects)

            \(draft.body)
            """
    }
}

extension ArticleDesk {
    /// Every revision of an article, newest first.
    public func revisions(of id: String) async throws -> [ArticleRevision] {
        let rows = try await ArticleRevisionModel.query(on: database).filter(\.$article.$id == UUID(coreID: id))
            .with(\.$user).sort(\.$number, .descending).all()
        return try await revisions(rows)
    }

    public func revision(of id: String, number: Int) async throws -> ArticleRevision? {
        let rows = try await ArticleRevisionModel.query(on: database).filter(\.$article.$id == UUID(coreID: id))
            .filter(\.$number == number).with(\.$user).all()
        return try await revisions(rows).first
    }

    /// Saves revision `number`'s content as a new revision on top of `base`.
    public func restore(id: String, number: Int, base: Int, by user: User) async throws -> Entry {
        guard let old = try await revision(of: id, number: number) else {
            throw StoreError.notFound("the article has no revision \(number)")
        }
        var draft = old.draft
        // Knowledge-base entries deleted since are left out rather than failing the restore.
        var present: [EntityRef] = []
        for subject in draft.subjects where try await KnowledgeWriter(database: database).id(subject.kind, subject.slug) != nil {
            present.append(subject)
        }
        draft.subjects = present
        if let hero = draft.heroMediaID, try await MediaModel.find(UUID(uuidString: hero), on: database) == nil { draft.heroMediaID = nil }
        return try await update(id: id, with: draft, base: base, by: user, note: "restored revision \(number)")
    }

    func writeRevision(of row: ArticleModel, draft: Draft, number: Int, by user: User?, note: String) async throws {
        let revision = ArticleRevisionModel()
        revision.$article.id = try row.requireID()
        revision.number = number
        revision.slug = row.slug
        revision.title = row.title
        revision.dek = row.dek
        revision.body = row.body
        revision.heroMediaID = row.$hero.id
        revision.tags = RevisionText.tags(draft.tags)
        var subjects: [(EntityKind, UUID)] = []
        for subject in draft.subjects {
            if let id = try await KnowledgeWriter(database: database).id(subject.kind, subject.slug) { subjects.append((subject.kind, id)) }
        }
        revision.subjects = RevisionText.subjects(subjects)
        revision.$user.id = user.flatMap { UUID(uuidString: $0.id) }
        revision.note = note
        try await revision.create(on: database)
    }

    private func revisions(_ rows: [ArticleRevisionModel]) async throws -> [ArticleRevision] {
        let pairs = rows.flatMap { $0.subjects.split(separator: "\n") }.compactMap { line -> (kind: EntityKind, id: UUID)? in
            let parts = line.split(separator: ":")
            guard parts.count == 2, let kind = EntityKind(rawValue: String(parts[0])), let id = UUID(uuidString: String(parts[1]))
            else { return nil }
            return (kind, id)
        }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        return rows.map { row in
            let subjects = row.subjects.split(separator: "\n").compactMap { line in
                line.split(separator: ":").last.flatMap { UUID(uuidString: String($0)) }.flatMap { refs[$0] }
            }
            let draft = Draft(
                title: row.title, slug: row.slug, dek: row.dek, body: row.body,
                heroMediaID: row.heroMediaID?.coreID,
                tags: row.tags.split(separator: "\n").map(String.init), subjects: subjects)
            return ArticleRevision(
                number: row.number, savedAt: row.createdAt, savedBy: row.user?.name ?? "",
                note: row.note, draft: draft)
        }
    }
}
