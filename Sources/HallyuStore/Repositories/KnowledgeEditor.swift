import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Changes the newsroom makes to the knowledge base by hand: new people, corrections, and
/// merging a duplicate into the person it duplicates. Every change to names tells running
/// servers to rebuild their name index.
public struct KnowledgeEditor: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Adds a person with a free slug made from the name (and birth year, when taken).
    public func create(_ person: Person) async throws -> Person {
        let person = try Self.checked(person)
        let slug = try await SlugAllocator(database: database).available(.person, name: person.name, year: person.birthDate?.year)
        var named = person
        named.slug = slug
        let stored = named
        try await database.writeTransaction { db in
            _ = try await KnowledgeWriter(database: db).add(stored)
            try await Settings(database: db).markKnowledgeChanged()
        }
        guard let created = try await KnowledgeRepository(database: database).person(slug: slug) else {
            throw StoreError.unreadable(.person, slug)
        }
        return created
    }

    /// Replaces a person's facts and names; a new slug leaves the old one redirecting.
    public func update(person slug: String, with changed: Person) async throws -> Person {
        let changed = try Self.checked(changed)
        try await correct(
            .person, slug: slug, newSlug: changed.slug,
            names: [changed.name, changed.nativeName].compactMap { $0 } + changed.aliases
        ) { db, id in
            var agencyID: UUID?
            if let agency = changed.agency { agencyID = try await KnowledgeWriter(database: db).require(.organization, agency.slug) }
            guard let row = try await PersonModel.find(id, on: db) else { throw StoreError.missingReference(.person, slug) }
            row.update(from: changed, agencyID: agencyID)
            try await row.update(on: db)
        }
        let finalSlug = changed.slug.isEmpty ? slug : changed.slug
        guard let updated = try await KnowledgeRepository(database: database).person(slug: finalSlug) else {
            throw StoreError.unreadable(.person, finalSlug)
        }
        return updated
    }

    /// One correction, whole or not at all: the new slug (the old one keeps redirecting),
    /// `change` to the row, and the names the linker knows the entity by; running servers are
    /// told their name index is out of date.
    func correct(
        _ kind: EntityKind, slug: String, newSlug: String, names: [String],
        _ change: @escaping @Sendable (any Database, UUID) async throws -> Void
    ) async throws {
        let id = try await KnowledgeWriter(database: database).require(kind, slug)
        try await database.writeTransaction { db in
            if !newSlug.isEmpty && newSlug != slug {
                try await SlugAllocator(database: db).rename(kind, from: slug, to: newSlug)
            }
            try await change(db, id)
            try await EntityNames(database: db).replace(kind: kind, id: id, names: names)
            try await Settings(database: db).markKnowledgeChanged()
        }
    }

    /// Folds `duplicate` into `kept`: credits, group memberships, couples, quotes, the articles
    /// about or naming them, and every name move over; the duplicate's address redirects to the
    /// kept person's page. A couple both of them form with the same partner is refused: an
    /// editor decides which story of the two to keep first.
    public func merge(person duplicate: String, into kept: String) async throws -> Person {
        guard duplicate != kept else { throw StoreError.invalid("a person cannot be merged into themselves") }
        let lookup = KnowledgeWriter(database: database)
        let oldID = try await lookup.require(.person, duplicate)
        let newID = try await lookup.require(.person, kept)
        guard let sql = database as? any SQLDatabase else { throw StoreError.failure("merging needs an SQL database") }
        let partners = try await sql.raw(
            """
            SELECT first_person_id AS a, second_person_id AS b FROM couples
            WHERE first_person_id IN (\(bind: oldID), \(bind: newID)) OR second_person_id IN (\(bind: oldID), \(bind: newID))
            """
        ).all().map { row -> (UUID, UUID) in (try row.uuid("a"), try row.uuid("b")) }
        let oldPartners = Set(partners.compactMap { $0.0 == oldID ? $0.1 : $0.1 == oldID ? $0.0 : nil })
        let newPartners = Set(partners.compactMap { $0.0 == newID ? $0.1 : $0.1 == newID ? $0.0 : nil })
        if !oldPartners.isDisjoint(with: newPartners) || oldPartners.contains(newID) {
            throw StoreError.conflict("both people form a couple with the same person; merge or delete one of those couples first")
        }
        try await database.writeTransaction { db in
            guard let sql = db as? any SQLDatabase,
                let old = try await PersonModel.find(oldID, on: db), let new = try await PersonModel.find(newID, on: db)
            else {
                throw StoreError.missingReference(.person, duplicate)
            }
            let person = EntityKind.person.rawValue
            try await sql.raw("UPDATE credits SET person_id = \(bind: newID) WHERE person_id = \(bind: oldID)").run()
            try await sql.raw(
                """
                UPDATE memberships SET person_id = \(bind: newID) WHERE person_id = \(bind: oldID)
                AND group_id NOT IN (SELECT group_id FROM memberships WHERE person_id = \(bind: newID))
                """
            ).run()
            try await sql.raw("UPDATE couples SET first_person_id = \(bind: newID) WHERE first_person_id = \(bind: oldID)").run()
            try await sql.raw("UPDATE couples SET second_person_id = \(bind: newID) WHERE second_person_id = \(bind: oldID)").run()
            try await sql.raw("UPDATE quotes SET speaker_id = \(bind: newID) WHERE speaker_id = \(bind: oldID)").run()
            // Link rows that would name the kept person twice are dropped; the rest are moved.
            for (table, owner) in [("quote_subjects", "quote_id"), ("article_subjects", "article_id"), ("article_mentions", "article_id")] {
                try await sql.raw(
                    """
                    DELETE FROM \(unsafeRaw: table) WHERE entity_id = \(bind: oldID) AND \(unsafeRaw: owner) IN
                        (SELECT \(unsafeRaw: owner) FROM \(unsafeRaw: table) WHERE entity_id = \(bind: newID))
                    """
                ).run()
                try await sql.raw("UPDATE \(unsafeRaw: table) SET entity_id = \(bind: newID) WHERE entity_id = \(bind: oldID)").run()
            }
            try await sql.raw("UPDATE import_records SET entity_id = \(bind: newID) WHERE entity_id = \(bind: oldID)").run()
            try await sql.raw(
                """
                UPDATE slug_redirects SET entity_id = \(bind: newID) WHERE entity_kind = \(bind: person) AND entity_id = \(bind: oldID)
                """
            ).run()
            try await SlugRedirectModel(kind: person, oldSlug: old.slug, entityID: newID).create(on: db)
            var aliases = new.aliases
            for name in [old.name, old.nativeName].compactMap({ $0 }) + old.aliases
            where name != new.name && name != new.nativeName && !aliases.contains(name) {
                aliases.append(name)
            }
            new.aliases = aliases
            if new.nativeName == nil { new.nativeName = old.nativeName }
            if new.birthDate == nil { new.birthDate = old.birthDate }
            if new.birthplace == nil { new.birthplace = old.birthplace }
            if new.bio.isEmpty { new.bio = old.bio }
            if new.$agency.id == nil { new.$agency.id = old.$agency.id }
            new.occupations += old.occupations.filter { !new.occupations.contains($0) }
            try await new.update(on: db)
            try await EntityNameModel.query(on: db).filter(\.$entityKind == person).filter(\.$entityID == oldID).delete()
            try await old.delete(on: db)
            try await EntityNames(database: db).replace(
                kind: .person, id: newID,
                names: [new.name, new.nativeName].compactMap { $0 } + new.aliases)
            try await Settings(database: db).markKnowledgeChanged()
        }
        guard let merged = try await KnowledgeRepository(database: database).person(slug: kept) else {
            throw StoreError.unreadable(.person, kept)
        }
        return merged
    }

    private static func checked(_ person: Person) throws -> Person {
        var person = person
        person.name = person.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !person.name.isEmpty else { throw StoreError.invalid("a person needs a name") }
        person.nativeName = person.nativeName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        person.aliases = person.aliases.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return person
    }
}

extension KnowledgeEditor {
    /// People by name, for the newsroom's list.
    public func people(_ paging: Paging) async throws -> Paged<Person> {
        let total = try await PersonModel.query(on: database).count()
        let rows = try await PersonModel.query(on: database).with(\.$agency).sort(\.$name).sort(\.$slug)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        return Paged(items: try rows.map { try $0.toCore() }, page: paging.page, per: paging.per, total: total)
    }
}

extension KnowledgeEditor {
    /// Couples by slug, for the draft generator's choices.
    public func couples(limit: Int) async throws -> [Couple] {
        try await KnowledgeRepository(database: database).coupleRows()
            .all(where: "c.slug IN (SELECT slug FROM couples ORDER BY slug LIMIT \(bind: limit))")
            .sorted { $0.slug < $1.slug }
    }
}

extension KnowledgeEditor {
    /// Titles by name, for the newsroom's list.
    public func titles(_ paging: Paging) async throws -> Paged<Title> {
        let total = try await TitleModel.query(on: database).count()
        let rows = try await KnowledgeRepository(database: database).titleQuery().sort(\.$name).sort(\.$slug)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        return Paged(items: try rows.map { try $0.toCore() }, page: paging.page, per: paging.per, total: total)
    }

    /// Organizations by name, for the newsroom's list.
    public func organizations(_ paging: Paging) async throws -> Paged<Organization> {
        let total = try await OrganizationModel.query(on: database).count()
        let rows = try await OrganizationModel.query(on: database).sort(\.$name).sort(\.$slug)
            .range(paging.offset..<(paging.offset + paging.per)).all()
        return Paged(items: try rows.map { try $0.toCore() }, page: paging.page, per: paging.per, total: total)
    }
}
