import Fluent
import Foundation
import HallyuCore

/// Imports kpopnet.json: agencies, groups (units after the groups they belong to), idols and
/// memberships. Running it again adds nothing; an idol whose Hangul name is already that of a
/// member of the same group, or of someone born the same day, is that person, and a group or agency already in the knowledge
/// base under the same name is that one.
public struct KpopnetImporter: Sendable {
    public static let source = "kpopnet"
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// `progress` hears (records done, records in all) as the work goes.
    public func run(_ file: KpopnetFile, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> ImportSummary {
        var state = ImportState(ledger: try await ImportLedger.load(source: Self.source, on: database))
        let agencyNames = Self.unique(file.groups.flatMap(\.agencies))
        let total = agencyNames.count + file.groups.count + file.idols.count
        var done = 0
        func step() {
            done += 1
            if done % 50 == 0 || done == total { progress(done, total) }
        }

        for name in agencyNames {
            try await state.transaction(on: database) { state, db in try await placeAgency(name, &state, on: db) }
            step()
        }
        let groupsByID = Dictionary(file.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in Self.parentsFirst(file.groups) {
            let parentName = group.parentID.flatMap { groupsByID[$0]?.name }
            try await state.transaction(on: database) { state, db in
                try await placeGroup(group, parentName: parentName, &state, on: db)
            }
            step()
        }
        let membersOf = Dictionary(
            grouping: file.groups.flatMap { group in group.members.map { ($0.idolID, group, $0) } },
            by: \.0)
        for idol in file.idols {
            let memberships = (membersOf[idol.id] ?? []).map { (group: $0.1, member: $0.2) }
            try await state.transaction(on: database) { state, db in
                try await placeIdol(idol, memberships: memberships, &state, on: db)
            }
            step()
        }
        return state.summary
    }

    private func placeAgency(_ name: String, _ state: inout ImportState, on db: any Database) async throws {
        let key = "agency:" + NameKey.make(name)
        guard state.ledger[key] == nil else { return state.summary.skipped("agencies", because: "imported before") }
        let place = ImportPlacement(database: db)
        let existing = try await place.entities(.organization, named: [name])
        if let id = try await OrganizationModel.query(on: db).filter(\.$id ~~ existing)
            .filter(\.$kind == OrganizationKind.agency.rawValue).first()?.id
        {
            try await state.ledger.record(key, .organization, id, on: db)
            return state.summary.merged("agencies")
        }
        let id = try await place.create(
            Organization(
                id: "", slug: "", name: name, kind: .agency,
                description: "An entertainment agency."))
        try await state.ledger.record(key, .organization, id, on: db)
        state.summary.added("agencies")
    }

    private func placeGroup(_ group: KpopnetFile.Group, parentName: String?, _ state: inout ImportState, on db: any Database) async throws {
        let key = "group:" + group.id
        guard state.ledger[key] == nil else { return state.summary.skipped("groups", because: "imported before") }
        let place = ImportPlacement(database: db)
        let organization = group.organization(parentName: parentName)
        let existing = try await place.entities(.organization, named: [organization.name] + [organization.nativeName].compactMap { $0 })
        if let id = try await OrganizationModel.query(on: db).filter(\.$id ~~ existing)
            .filter(\.$kind == OrganizationKind.group.rawValue).first()?.id
        {
            try await place.enrich(organization: id, with: organization)
            try await state.ledger.record(key, .organization, id, on: db)
            return state.summary.merged("groups")
        }
        try await state.ledger.record(key, .organization, try await place.create(organization), on: db)
        state.summary.added("groups")
    }

    private func placeIdol(
        _ idol: KpopnetFile.Idol, memberships: [(group: KpopnetFile.Group, member: KpopnetFile.Member)],
        _ state: inout ImportState,
        on db: any Database
    ) async throws {
        let key = "idol:" + idol.id
        let place = ImportPlacement(database: db)
        let groupIDs = memberships.compactMap { state.ledger["group:" + $0.group.id] }
        var person = idol.person
        let personID: UUID
        if let known = state.ledger[key] {
            personID = known
            state.summary.skipped("idols", because: "imported before")
        } else if let sameMember = try await samePerson(
            as: person, inGroups: groupIDs, named: idol.hangulNames,
            placedBefore: state.ledger.placed, on: db)
        {
            personID = sameMember
            try await place.enrich(person: personID, with: person)
            try await state.ledger.record(key, .person, personID, on: db)
            state.summary.merged("idols")
        } else {
            // The agency of their one current group, when that group has one agency.
            let current = memberships.filter(\.member.current)
            if current.count == 1, current[0].group.agencies.count == 1,
                let agencyID = state.ledger["agency:" + NameKey.make(current[0].group.agencies[0])],
                let agency = try await OrganizationModel.find(agencyID, on: db)
            {
                person.agency = agency.ref
            }
            personID = try await place.create(person)
            try await state.ledger.record(key, .person, personID, on: db)
            try await place.recordPossibleMatches(
                of: personID, named: idol.hangulNames, birthYear: person.birthDate?.year, excluding: state.ledger.placed)
            state.summary.added("idols")
        }
        guard let personRow = try await PersonModel.find(personID, on: db) else { return }
        for (group, member) in memberships {
            guard let groupID = state.ledger["group:" + group.id], let groupRow = try await OrganizationModel.find(groupID, on: db) else {
                state.summary.skipped("memberships", because: "group not in the file")
                continue
            }
            let outcome = try await place.writer.add(Membership(person: personRow.ref, group: groupRow.ref, current: member.current))
            if outcome == .added { state.summary.added("memberships") }
        }
    }

    /// A person answering to one of `names` who is a member of one of the groups or was born
    /// on the same day: a Hangul name alone is shared by too many people. Someone this source
    /// placed from another of its records is another person (two members may share a stage name).
    private func samePerson(
        as person: Person, inGroups groups: [UUID], named names: [String], placedBefore: Set<UUID>,
        on db: any Database
    ) async throws -> UUID? {
        guard !names.isEmpty else { return nil }
        let candidates = try await ImportPlacement(database: db).entities(.person, named: names).filter { !placedBefore.contains($0) }
        guard !candidates.isEmpty else { return nil }
        if !groups.isEmpty,
            let member = try await MembershipModel.query(on: db).filter(\.$person.$id ~~ candidates)
                .filter(\.$group.$id ~~ groups).first()
        {
            return member.$person.id
        }
        guard let birthDate = person.birthDate?.description else { return nil }
        return try await PersonModel.query(on: db).filter(\.$id ~~ candidates).filter(\.$birthDate == birthDate).first()?.id
    }

    /// Groups ordered so that a unit comes after the group it belongs to.
    static func parentsFirst(_ groups: [KpopnetFile.Group]) -> [KpopnetFile.Group] {
        let ids = Set(groups.map(\.id))
        let roots = groups.filter { $0.parentID.map { !ids.contains($0) } ?? true }
        let units = groups.filter { $0.parentID.map(ids.contains) ?? false }
        return roots + units
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert(NameKey.make($0)).inserted }
    }
}
