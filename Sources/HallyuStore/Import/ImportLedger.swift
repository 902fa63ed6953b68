import Fluent
import Foundation
import HallyuCore

/// The entities one source's records became, read once at the start of an import and written
/// as each record is placed.
struct ImportLedger: Sendable {
    let source: String
    private(set) var entries: [String: UUID]

    static func load(source: String, on database: any Database) async throws -> ImportLedger {
        let rows = try await ImportRecordModel.query(on: database).filter(\.$source == source).all()
        return ImportLedger(source: source,
                            entries: Dictionary(rows.map { ($0.externalKey, $0.entityID) }, uniquingKeysWith: { first, _ in first }))
    }

    subscript(key: String) -> UUID? { entries[key] }

    /// Every entity this source's records became.
    var placed: Set<UUID> { Set(entries.values) }

    mutating func record(_ key: String, _ kind: EntityKind, _ id: UUID, on database: any Database) async throws {
        try await ImportRecordModel(source: source, externalKey: key, kind: kind.rawValue, entityID: id).create(on: database)
        entries[key] = id
    }
}

/// Adds imported entities under free slugs, and folds what a source knows into an entity that
/// is already there without overwriting what an editor wrote.
struct ImportPlacement: Sendable {
    let database: any Database

    var writer: KnowledgeWriter { KnowledgeWriter(database: database) }

    /// Adds the person under the first free slug (the year tells namesakes apart); returns its id.
    func create(_ person: Person, year: Int? = nil) async throws -> UUID {
        var person = person
        person.slug = try await SlugAllocator(database: database).available(.person, name: person.name,
                                                                             year: year ?? person.birthDate?.year)
        _ = try await writer.add(person)
        return try await writer.require(.person, person.slug)
    }

    func create(_ organization: Organization) async throws -> UUID {
        var organization = organization
        organization.slug = try await SlugAllocator(database: database).available(.organization, name: organization.name, year: nil)
        _ = try await writer.add(organization)
        return try await writer.require(.organization, organization.slug)
    }

    func create(_ title: Title) async throws -> UUID {
        var title = title
        title.slug = try await SlugAllocator(database: database).available(.title, name: title.name, year: title.year)
        _ = try await writer.add(title)
        return try await writer.require(.title, title.slug)
    }

    /// The entities of `kind` that answer to any of `names`.
    func entities(_ kind: EntityKind, named names: [String]) async throws -> [UUID] {
        let found = try await EntityNames(database: database).lookUp(names)
        var ids: [UUID] = []
        for candidate in found.values.joined() where candidate.kind == kind && !ids.contains(candidate.id) {
            ids.append(candidate.id)
        }
        return ids
    }

    /// Gives a person the names, native name and birth date they lack.
    func enrich(person id: UUID, with person: Person) async throws {
        guard let row = try await PersonModel.find(id, on: database) else { return }
        let before = (row.aliases, row.nativeName, row.birthDate)
        row.nativeName = row.nativeName ?? person.nativeName
        row.birthDate = row.birthDate ?? person.birthDate?.description
        row.aliases = Self.adding(person.aliases + [person.name], to: row.aliases, besides: [row.name, row.nativeName])
        guard before != (row.aliases, row.nativeName, row.birthDate) else { return }
        try await row.update(on: database)
        try await EntityNames(database: database).replace(kind: .person, id: id,
                                                          names: [row.name, row.nativeName].compactMap { $0 } + row.aliases)
    }

    /// Gives an organization the names, native name and founding date it lacks.
    func enrich(organization id: UUID, with organization: Organization) async throws {
        guard let row = try await OrganizationModel.find(id, on: database) else { return }
        let before = (row.aliases, row.nativeName, row.founded)
        row.nativeName = row.nativeName ?? organization.nativeName
        row.founded = row.founded ?? organization.founded
        row.aliases = Self.adding(organization.aliases + [organization.name], to: row.aliases, besides: [row.name, row.nativeName])
        guard before != (row.aliases, row.nativeName, row.founded) else { return }
        try await row.update(on: database)
        try await EntityNames(database: database).replace(kind: .organization, id: id,
                                                          names: [row.name, row.nativeName].compactMap { $0 } + row.aliases)
    }

    /// Gives a title the air dates, episode count, genres, names and channels it lacks.
    func enrich(title id: UUID, with title: Title) async throws {
        guard let row = try await TitleModel.find(id, on: database) else { return }
        row.nativeName = row.nativeName ?? title.nativeName
        row.firstAired = row.firstAired ?? title.firstAired?.description
        row.lastAired = row.lastAired ?? title.lastAired?.description
        row.episodes = row.episodes ?? title.episodes
        if row.genres.isEmpty { row.genres = title.genres }
        row.aliases = Self.adding(title.aliases + [title.nativeName].compactMap { $0 }, to: row.aliases,
                                  besides: [row.name, row.nativeName])
        try await row.update(on: database)
        try await EntityNames(database: database).replace(kind: .title, id: id,
                                                          names: [row.name, row.nativeName].compactMap { $0 } + row.aliases)
        let outlets = try await TitleOutletModel.query(on: database).filter(\.$title.$id == id).all()
        for (role, refs) in [(TitleOutletModel.network, title.networks), (TitleOutletModel.platform, title.platforms)] {
            var position = (outlets.filter { $0.role == role }.map(\.position).max() ?? -1) + 1
            for ref in refs {
                let organizationID = try await writer.require(.organization, ref.slug)
                guard !outlets.contains(where: { $0.role == role && $0.$organization.id == organizationID }) else { continue }
                try await TitleOutletModel(titleID: id, organizationID: organizationID, role: role, position: position)
                    .create(on: database)
                position += 1
            }
        }
    }

    /// `existing` followed by the `new` names that no name already there matches.
    static func adding(_ new: [String], to existing: [String], besides names: [String?]) -> [String] {
        var keys = Set((existing + names.compactMap { $0 }).map(NameKey.make))
        var result = existing
        for name in new where keys.insert(NameKey.make(name)).inserted { result.append(name) }
        return result
    }
}

/// What an import carries from one record to the next.
struct ImportState: Sendable {
    var ledger: ImportLedger
    var summary = ImportSummary()

    /// Runs `body` in a transaction; the state it changed is kept only when the transaction
    /// commits, so a failed record leaves neither rows nor ledger entries behind.
    mutating func transaction(on database: any Database,
                              _ body: @escaping @Sendable (inout ImportState, any Database) async throws -> Void) async throws {
        let start = self
        self = try await database.transaction { db in
            var state = start
            try await body(&state, db)
            return state
        }
    }
}
