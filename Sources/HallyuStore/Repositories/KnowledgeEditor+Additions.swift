import Fluent
import Foundation
import HallyuCore

/// Adding titles, organizations, couples, their status entries, credits and quotes by hand. A
/// status entry or a quote needs a source (an article of ours or a web address): the record is
/// only as good as what backs it.
extension KnowledgeEditor {
    public func create(_ title: Title) async throws -> Title {
        var title = title
        title.name = title.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.name.isEmpty else { throw StoreError.invalid("a title needs a name") }
        title.slug = try await SlugAllocator(database: database).available(.title, name: title.name, year: title.firstAired?.year)
        let stored = title
        try await changingNames { _ = try await $0.add(stored) }
        guard let created = try await KnowledgeRepository(database: database).title(slug: stored.slug) else {
            throw StoreError.unreadable(.title, stored.slug)
        }
        return created
    }

    public func create(_ organization: Organization) async throws -> Organization {
        var organization = organization
        organization.name = organization.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !organization.name.isEmpty else { throw StoreError.invalid("an organization needs a name") }
        organization.slug = try await SlugAllocator(database: database).available(.organization, name: organization.name, year: nil)
        let stored = organization
        try await changingNames { _ = try await $0.add(stored) }
        guard let created = try await KnowledgeRepository(database: database).organization(slug: stored.slug) else {
            throw StoreError.unreadable(.organization, stored.slug)
        }
        return created
    }

    /// A couple of two people; its slug joins theirs.
    public func create(_ couple: Couple) async throws -> Couple {
        guard couple.first.slug != couple.second.slug else { throw StoreError.invalid("a couple is two different people") }
        for entry in couple.timeline { try await checkSource(article: entry.sourceArticle, url: entry.sourceURL) }
        let slug = Couple.slug(joining: couple.first.slug, couple.second.slug)
        try await changingNames { writer in
            if try await writer.add(couple) == .existed { throw StoreError.alreadyExists("\(slug) is already a couple") }
        }
        guard let created = try await KnowledgeRepository(database: database).couple(slug: slug) else {
            throw StoreError.unreadable(.couple, slug)
        }
        return created
    }

    public func add(_ entry: StatusEntry, toCouple slug: String) async throws -> Couple {
        try await checkSource(article: entry.sourceArticle, url: entry.sourceURL)
        guard !entry.statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a status entry needs a statement of what happened")
        }
        if try await KnowledgeWriter(database: database).add(entry, toCouple: slug) == .existed {
            throw StoreError.alreadyExists("the couple already has a \(entry.status.rawValue) entry on \(entry.date)")
        }
        guard let couple = try await KnowledgeRepository(database: database).couple(slug: slug) else {
            throw StoreError.unreadable(.couple, slug)
        }
        return couple
    }

    public func add(_ quote: Quote) async throws {
        try await checkSource(article: quote.sourceArticle, url: quote.sourceURL)
        guard !quote.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.invalid("a quote needs its words") }
        if try await KnowledgeWriter(database: database).add(quote) == .existed {
            throw StoreError.alreadyExists("\(quote.speaker.slug) already has this quote")
        }
    }

    /// A role; the character's name becomes a name the linker knows.
    public func add(_ credit: Credit) async throws {
        try await changingNames { writer in
            if try await writer.add(credit) == .existed {
                throw StoreError.alreadyExists("\(credit.person.slug) already has this role in \(credit.title.slug)")
            }
        }
    }

    /// Runs a write in a transaction and tells every server its names changed.
    private func changingNames(_ write: @Sendable @escaping (KnowledgeWriter) async throws -> Void) async throws {
        try await database.writeTransaction { db in
            try await write(KnowledgeWriter(database: db))
            try await Settings(database: db).markKnowledgeChanged()
        }
    }

    /// A source is a web address or one of our published articles (a draft cannot back the
    /// public record, and would show its title before it is out).
    private func checkSource(article: EntityRef?, url: String?) async throws {
        if article == nil && (url ?? "").isEmpty {
            throw StoreError.invalid("give a source: one of our articles (its slug) or a web address")
        }
        if let article, try await ArticleRepository(database: database).isPublished(slug: article.slug) == false {
            throw StoreError.invalid("the source \"\(article.slug)\" is not a published article")
        }
    }
}
