import Fluent
import Foundation
import HallyuCore

/// Imports Korean Wikipedia's drama list: broadcasters, dramas and their main casts. Running it
/// again adds nothing. A drama the knowledge base has under the same Hangul title and year is
/// that drama and gains what it lacked; a cast member is someone already known when their
/// Hangul name is the same and they are credited in one of the same dramas; otherwise one
/// person stands for a name (and birth year, where the wiki gives one) across the whole list.
public struct KowikiDramaImporter: Sendable {
    public static let source = "kowiki-dramas"
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func run(_ file: KowikiDramaFile, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> ImportSummary {
        var state = ImportState(ledger: try await ImportLedger.load(source: Self.source, on: database))
        for (_, reason) in file.rejected { state.summary.skipped("dramas", because: reason) }
        let broadcasters = Array(Set(file.dramas.flatMap(\.broadcasters))).sorted { $0.name < $1.name }
        let people = Self.people(in: file.dramas)
        let total = file.dramas.count * 2 + people.count
        var done = 0
        func advance(_ count: Int) {
            done += count
            progress(done, total)
        }

        try await state.transaction(on: database) { state, db in
            for broadcaster in broadcasters { try await placeBroadcaster(broadcaster, &state, on: db) }
        }
        for batch in Self.batches(file.dramas) {
            try await state.transaction(on: database) { state, db in
                for drama in batch { try await placeDrama(drama, &state, on: db) }
            }
            advance(batch.count)
        }
        for batch in Self.batches(people) {
            try await state.transaction(on: database) { state, db in
                for (person, dramaKeys) in batch { try await placePerson(person, in: dramaKeys, &state, on: db) }
            }
            advance(batch.count)
        }
        for batch in Self.batches(file.dramas) {
            try await state.transaction(on: database) { state, db in
                for drama in batch { try await credit(drama, &state, on: db) }
            }
            advance(batch.count)
        }
        for drama in file.dramas {
            for channel in drama.unknownChannels { state.summary.skipped("channels", because: "not a broadcaster we know: \(channel)") }
            for _ in drama.unreadCast { state.summary.skipped("cast entries", because: "not a name we can read") }
        }
        return state.summary
    }

    private func placeBroadcaster(
        _ broadcaster: KoreanBroadcasters.Broadcaster, _ state: inout ImportState,
        on db: any Database
    ) async throws {
        let key = "broadcaster:" + broadcaster.name
        guard state.ledger[key] == nil else { return state.summary.skipped("broadcasters", because: "imported before") }
        let place = ImportPlacement(database: db)
        let organization = Organization(
            id: "", slug: "", name: broadcaster.name, nativeName: broadcaster.nativeName,
            kind: broadcaster.kind, aliases: broadcaster.aliases,
            description: broadcaster.kind == .streamer ? "A streaming service." : "A television channel.")
        let existing = try await place.entities(.organization, named: [broadcaster.name])
        if let id = try await OrganizationModel.query(on: db).filter(\.$id ~~ existing)
            .filter(\.$kind ~~ [OrganizationKind.network.rawValue, OrganizationKind.streamer.rawValue]).first()?.id
        {
            try await state.ledger.record(key, .organization, id, on: db)
            return state.summary.merged("broadcasters")
        }
        try await state.ledger.record(key, .organization, try await place.create(organization), on: db)
        state.summary.added("broadcasters")
    }

    private func placeDrama(_ drama: KowikiDrama, _ state: inout ImportState, on db: any Database) async throws {
        let key = "drama:" + drama.key
        guard state.ledger[key] == nil else { return state.summary.skipped("dramas", because: "imported before") }
        let place = ImportPlacement(database: db)
        let outlets = try await drama.broadcasters.asyncMap { broadcaster -> (kind: OrganizationKind, ref: EntityRef)? in
            guard let id = state.ledger["broadcaster:" + broadcaster.name],
                let row = try await OrganizationModel.find(id, on: db)
            else { return nil }
            return (broadcaster.kind, row.ref)
        }.compactMap { $0 }
        let title = Title(
            id: "", slug: "", kind: .drama, name: Romanization.title(drama.title),
            nativeName: drama.title, aliases: drama.aliases, firstAired: drama.firstAired,
            lastAired: drama.lastAired, episodes: drama.episodes,
            networks: outlets.filter { $0.kind == .network }.map(\.ref),
            platforms: outlets.filter { $0.kind == .streamer }.map(\.ref), genres: drama.genres)
        if let id = try await sameTitle(as: drama, placedBefore: state.ledger.placed, on: db) {
            try await place.enrich(title: id, with: title)
            try await state.ledger.record(key, .title, id, on: db)
            return state.summary.merged("dramas")
        }
        try await state.ledger.record(key, .title, try await place.create(title), on: db)
        state.summary.added("dramas")
    }

    /// A title answering to the drama's Hangul title that aired the same year, or whose year is not known.
    private func sameTitle(as drama: KowikiDrama, placedBefore: Set<UUID>, on db: any Database) async throws -> UUID? {
        let candidates = try await ImportPlacement(database: db).entities(.title, named: [drama.title] + drama.aliases)
            .filter { !placedBefore.contains($0) }
        guard !candidates.isEmpty else { return nil }
        let rows = try await TitleModel.query(on: db).filter(\.$id ~~ candidates).all()
        return rows.first { row in
            guard let year = drama.year, let aired = row.firstAired.flatMap(CalendarDate.init) else { return true }
            return aired.year == year
        }?.id
    }

    private func placePerson(
        _ person: KowikiDrama.CastName, in dramaKeys: [String], _ state: inout ImportState,
        on db: any Database
    ) async throws {
        let key = "person:" + person.key
        guard state.ledger[key] == nil else { return state.summary.skipped("people", because: "imported before") }
        let place = ImportPlacement(database: db)
        let titleIDs = dramaKeys.compactMap { state.ledger["drama:" + $0] }
        let candidates = try await place.entities(.person, named: [person.name]).filter { !state.ledger.placed.contains($0) }
        if !candidates.isEmpty, !titleIDs.isEmpty,
            let credit = try await CreditModel.query(on: db).filter(\.$person.$id ~~ candidates).filter(\.$title.$id ~~ titleIDs).first()
        {
            try await state.ledger.record(key, .person, credit.$person.id, on: db)
            return state.summary.merged("people")
        }
        // The list gives a birth year only to tell namesakes apart; with the same Hangul name it
        // is enough (an idol of that name born that year).
        if let year = person.birthYear, !candidates.isEmpty,
            let same = try await PersonModel.query(on: db).filter(\.$id ~~ candidates).all()
                .first(where: { $0.birthDate.flatMap(CalendarDate.init)?.year == year })
        {
            try await state.ledger.record(key, .person, try same.requireID(), on: db)
            return state.summary.merged("people")
        }
        let name = NameVariants.spellings(forHangul: person.name, limit: 1).first ?? Romanization.title(person.name)
        let id = try await place.create(
            Person(
                id: "", slug: "", name: name, nativeName: person.name,
                birthDate: nil, occupations: ["Actor"]),
            year: person.birthYear)
        try await state.ledger.record(key, .person, id, on: db)
        try await place.recordPossibleMatches(
            of: id, named: [person.name], birthYear: person.birthYear, excluding: state.ledger.placed)
        state.summary.added("people")
    }

    private func credit(_ drama: KowikiDrama, _ state: inout ImportState, on db: any Database) async throws {
        guard let titleID = state.ledger["drama:" + drama.key] else { return }
        let existing = try await CreditModel.query(on: db).filter(\.$title.$id == titleID).all()
        let credited = Set(existing.map(\.$person.id))
        var position = (existing.map(\.position).max() ?? -1) + 1
        for person in drama.cast {
            guard let personID = state.ledger["person:" + person.key], !credited.contains(personID) else { continue }
            try await CreditModel(
                personID: personID, titleID: titleID, characterName: nil, characterNativeName: nil,
                characterShortNames: [], billing: .lead, position: position
            ).create(on: db)
            position += 1
            state.summary.added("credits")
        }
    }

    /// Every cast member with the keys of the dramas they are in, in the order the list first names them.
    static func people(in dramas: [KowikiDrama]) -> [(KowikiDrama.CastName, [String])] {
        var order: [KowikiDrama.CastName] = []
        var dramasOf: [KowikiDrama.CastName: [String]] = [:]
        for drama in dramas {
            for person in drama.cast {
                if dramasOf[person] == nil { order.append(person) }
                dramasOf[person, default: []].append(drama.key)
            }
        }
        return order.map { ($0, dramasOf[$0] ?? []) }
    }

    static func batches<T>(_ items: [T], size: Int = 100) -> [[T]] {
        stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
