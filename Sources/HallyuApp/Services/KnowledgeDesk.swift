import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// Editors' changes to the knowledge base, the one way in for the newsroom pages and the write
/// API alike. Each change is stored, then announced (every cached page showing names, and the
/// name index, are dropped here and in every other server), then audited, all before it is
/// acknowledged. The store's refusals pass through as they are (`StoreError` is its own status).
struct KnowledgeDesk {
    let request: Request

    private var editor: KnowledgeEditor { request.knowledgeEditor }

    func create(_ person: Person) async throws -> Person {
        try await change({ try await editor.create(person) }) { .init("added person", $0.ref, id: $0.id, $0.name) }
    }

    func update(person slug: String, with changed: Person) async throws -> Person {
        try await change({ try await editor.update(person: slug, with: changed) }) { .init("edited person", $0.ref, id: $0.id, $0.name) }
    }

    /// Merges `duplicate` into the person with the slug `kept`; the duplicate's address leads there.
    func merge(person duplicate: Person, into kept: String) async throws -> Person {
        try await change({ try await editor.merge(person: duplicate.slug, into: kept) }) {
            .init("merged people", $0.ref, id: $0.id, "\(duplicate.name) (\(duplicate.slug)) into \($0.name)")
        }
    }

    func create(_ title: Title) async throws -> Title {
        try await change({ try await editor.create(title) }) { .init("added title", $0.ref, id: $0.id, $0.name) }
    }

    func update(title slug: String, with changed: Title) async throws -> Title {
        try await change({ try await editor.update(title: slug, with: changed) }) { .init("edited title", $0.ref, id: $0.id, $0.name) }
    }

    func create(_ organization: Organization) async throws -> Organization {
        try await change({ try await editor.create(organization) }) { .init("added organization", $0.ref, id: $0.id, $0.name) }
    }

    func update(organization slug: String, with changed: Organization) async throws -> Organization {
        try await change({ try await editor.update(organization: slug, with: changed) }) { .init("edited organization", $0.ref, id: $0.id, $0.name) }
    }

    func create(_ couple: Couple) async throws -> Couple {
        try await change({ try await editor.create(couple) }) { .init("added couple", $0.ref, id: $0.id, $0.name) }
    }

    func setNote(couple slug: String, to note: String) async throws -> Couple {
        try await change({ try await editor.setNote(couple: slug, to: note) }) { .init("edited couple", $0.ref, id: $0.id, $0.name) }
    }

    func add(_ entry: StatusEntry, toCouple slug: String) async throws -> Couple {
        try await change({ try await editor.add(entry, toCouple: slug) }) {
            .init("added status entry", $0.ref, id: $0.id, "\($0.name): \(entry.status.label), \(entry.date)")
        }
    }

    func removeStatus(couple slug: String, status: RelationshipStatus, date: CalendarDate) async throws -> Couple {
        try await change({ try await editor.removeStatus(couple: slug, status: status, date: date) }) {
            .init("removed status entry", $0.ref, id: $0.id, "\($0.name): \(status.label), \(date)")
        }
    }

    /// A quote by a person (about another, or about their couple); logged under the speaker's slug,
    /// as a removal is.
    func add(_ quote: Quote) async throws {
        let speaker = try await request.knowledge.person(slug: quote.speaker.slug)
        try await change({ try await editor.add(quote) }) {
            .init(
                "added quote", quote.speaker, id: quote.speaker.slug,
                "\(speaker?.name ?? quote.speaker.slug): \(quote.text.prefix(60))")
        }
    }

    /// Takes out the quote with `id`, logged under its speaker.
    func removeQuote(id: String) async throws {
        try await change({ try await editor.removeQuote(id: id) }) { removed in
            let speaker = removed.speaker.map { "\($0.name): " } ?? ""
            return .init("removed quote", kind: "person", id: removed.speaker?.slug ?? id, speaker + String(removed.text.prefix(60)))
        }
    }

    func add(_ credit: Credit) async throws {
        try await change({ try await editor.add(credit) }) {
            .init("added credit", credit.title, id: credit.title.slug, "\(credit.person.slug) as \(credit.characterName ?? "themselves")")
        }
    }

    /// Takes out the role with `id`, logged under its title.
    func removeCredit(id: String) async throws {
        try await change({ try await editor.removeCredit(id: id) }) { removed in
            .init(
                "removed credit", kind: "title", id: removed.title?.slug ?? id,
                "\(removed.person?.name ?? "a role") as \(removed.character ?? "themselves") in \(removed.title?.name ?? "a title")")
        }
    }

    /// What the audit log says of a change.
    private struct Audit {
        var action: String
        var kind: String
        var id: String
        var summary: String

        init(_ action: String, kind: String, id: String, _ summary: String) {
            self.action = action
            self.kind = kind
            self.id = id
            self.summary = summary
        }

        /// A change to the entity `ref` names; `id` is the entity's own where it has one.
        init(_ action: String, _ ref: EntityRef, id: String, _ summary: String) {
            self.init(action, kind: ref.kind.rawValue, id: id, summary)
        }
    }

    @discardableResult
    private func change<T>(_ work: () async throws -> T, audit: (T) -> Audit) async throws -> T {
        let user = try request.require(.editKnowledge)
        let result = try await work()
        await request.announce(.of(.knowledge))
        let entry = audit(result)
        try await request.auditLog.record(
            user, entry.action, kind: entry.kind, id: entry.id, summary: entry.summary,
            at: request.now)
        return result
    }
}
