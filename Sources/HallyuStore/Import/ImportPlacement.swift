import Fluent
import Foundation
import HallyuCore

/// Adds imported entities under free slugs, and folds what a source knows into an entity that
/// is already there without overwriting what an editor wrote.
struct ImportPlacement: Sendable {
    let database: any Database

    var writer: KnowledgeWriter { KnowledgeWriter(database: database) }

    /// Adds the person under the first free slug (the year tells namesakes apart); returns its id.
    func create(_ person: Person, year: Int? = nil) async throws -> UUID {
        var person = person
        person.slug = try await SlugAllocator(database: database).available(
            .person, name: person.name,
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

    /// Records a merge candidate for each person already there who answers to one of the
    /// Hangul `names` of the person just added: a shared Hangul name is the only hint, too weak
    /// to merge on, so an editor decides. People this source placed itself, and people whose
    /// birth year says they are someone else, are left out.
    func recordPossibleMatches(
        of id: UUID, named names: [String], birthYear: Int?, excluding placed: Set<UUID>
    ) async throws {
        let hangul = names.filter(Hangul.containsSyllables)
        guard !hangul.isEmpty else { return }
        let others = try await entities(.person, named: hangul).filter { $0 != id && !placed.contains($0) }
        guard !others.isEmpty else { return }
        let candidates = MergeCandidates(database: database)
        for row in try await PersonModel.query(on: database).filter(\.$id ~~ others).all() {
            let theirYear = row.birthDate.flatMap(CalendarDate.init)?.year
            if let birthYear, let theirYear, birthYear != theirYear { continue }
            let shared = hangul.first { NameKey.make($0) == row.nativeName.map(NameKey.make) } ?? hangul[0]
            try await candidates.record(
                try row.requireID(), id,
                reason: "Both are called \(shared), and nothing else links them: no birth date, group or credit in common.")
        }
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
        try await replaceNames(.person, id, row.name, row.nativeName, row.aliases)
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
        try await replaceNames(.organization, id, row.name, row.nativeName, row.aliases)
    }

    /// Gives a title the air dates, episode count, genres, names and channels it lacks.
    func enrich(title id: UUID, with title: Title) async throws {
        guard let row = try await TitleModel.find(id, on: database) else { return }
        row.nativeName = row.nativeName ?? title.nativeName
        row.firstAired = row.firstAired ?? title.firstAired?.description
        row.lastAired = row.lastAired ?? title.lastAired?.description
        row.episodes = row.episodes ?? title.episodes
        if row.genres.isEmpty { row.genres = title.genres }
        row.aliases = Self.adding(
            title.aliases + [title.nativeName].compactMap { $0 }, to: row.aliases,
            besides: [row.name, row.nativeName])
        try await row.update(on: database)
        try await replaceNames(.title, id, row.name, row.nativeName, row.aliases)
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

    /// The look-up table's rows for an entity whose names changed.
    private func replaceNames(_ kind: EntityKind, _ id: UUID, _ name: String, _ nativeName: String?, _ aliases: [String]) async throws {
        try await EntityNames(database: database).replace(kind: kind, id: id, names: [name, nativeName].compactMap { $0 } + aliases)
    }

    /// `existing` followed by the `new` names that no name already there matches.
    static func adding(_ new: [String], to existing: [String], besides names: [String?]) -> [String] {
        var keys = Set((existing + names.compactMap { $0 }).map(NameKey.make))
        var result = existing
        for name in new where keys.insert(NameKey.make(name)).inserted { result.append(name) }
        return result
    }
}
