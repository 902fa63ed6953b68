import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Reads the knowledge base and answers in Core values, never Fluent models.
public struct KnowledgeRepository: Sendable {
    let database: any Database
    /// Where the public pages' reads go (`SQLiteReader`), when not through `database`.
    let reads: (any SQLDatabase)?

    public init(database: any Database, reads: (any SQLDatabase)? = nil) {
        self.database = database
        self.reads = reads
    }

    // MARK: People

    public func person(slug: String) async throws -> Person? {
        try await peopleRows().people(where: "p.slug = \(bind: slug)").first
    }

    /// Newest title first.
    public func credits(ofPerson person: Person) async throws -> [Credit] {
        try await credits(newestFirst: "cr.person_id = \(bind: UUID(coreID: person.id))")
    }

    public func memberships(ofPerson person: Person) async throws -> [Membership] {
        try await peopleRows().memberships(where: "m.person_id = \(bind: UUID(coreID: person.id))")
    }

    // MARK: Titles

    public func title(slug: String) async throws -> Title? {
        try await titleRows().all(where: "t.slug = \(bind: slug)").first
    }

    /// Leads first, then supporting roles, then cameos, each in cast-list order.
    public func credits(ofTitle title: Title) async throws -> [Credit] {
        try await creditRows().all(where: "cr.title_id = \(bind: UUID(coreID: title.id))").map(\.credit)
            .sorted { ($0.billing, $0.order, $0.person.slug) < ($1.billing, $1.order, $1.person.slug) }
    }

    // MARK: Organizations

    public func organization(slug: String) async throws -> Organization? {
        try await organizationRows().all(where: "o.slug = \(bind: slug)").first
    }

    /// Current members first.
    public func members(ofGroup group: Organization) async throws -> [Membership] {
        try await peopleRows().memberships(where: "m.group_id = \(bind: UUID(coreID: group.id))")
            .sorted { ($0.current ? 0 : 1, $0.person.name) < ($1.current ? 0 : 1, $1.person.name) }
    }

    /// Titles the organization aired or streams, newest first.
    public func titles(ofOrganization organization: Organization) async throws -> [Title] {
        try await titleRows()
            .all(where: "t.id IN (SELECT title_id FROM title_outlets WHERE organization_id = \(bind: UUID(coreID: organization.id)))")
            .sorted { ($0.firstAired?.description ?? "") > ($1.firstAired?.description ?? "") }
    }

    /// People whose agency this is.
    public func clients(ofAgency agency: Organization) async throws -> [Person] {
        try await peopleRows().people(where: "p.agency_id = \(bind: UUID(coreID: agency.id))", orderedBy: "p.name")
    }

    // MARK: Couples

    public func couple(slug: String) async throws -> Couple? {
        try await coupleRows().all(where: "c.slug = \(bind: slug)").first
    }

    public func couples(involving person: Person) async throws -> [Couple] {
        let id = UUID(coreID: person.id)
        return try await coupleRows().all(where: "(c.first_person_id = \(bind: id) OR c.second_person_id = \(bind: id))")
    }

    /// Couples whose two people both have a role in the title.
    public func couples(inTitle title: Title) async throws -> [Couple] {
        let cast: SQLQueryString = "SELECT person_id FROM credits WHERE title_id = \(bind: UUID(coreID: title.id))"
        return try await coupleRows().all(where: "c.first_person_id IN (\(cast)) AND c.second_person_id IN (\(cast))")
    }

    /// The titles both people appear in, with each one's role, newest first.
    public func sharedCredits(of couple: Couple) async throws -> [(first: Credit, second: Credit)] {
        let firstCredits = try await credits(ofPersonSlug: couple.first.slug)
        let secondCredits = try await credits(ofPersonSlug: couple.second.slug)
        return firstCredits.compactMap { first in
            secondCredits.first { $0.title.slug == first.title.slug }.map { (first, $0) }
        }
    }

    private func credits(ofPersonSlug slug: String) async throws -> [Credit] {
        try await credits(newestFirst: "p.slug = \(bind: slug)")
    }

    private func credits(newestFirst condition: SQLQueryString) async throws -> [Credit] {
        try await creditRows().all(where: condition).sorted(by: CreditRows.newestTitleFirst).map(\.credit)
    }

    private func creditRows() throws -> CreditRows {
        CreditRows(sql: try readingSQL(reads, or: database))
    }

    func titleRows() throws -> TitleRows {
        TitleRows(sql: try readingSQL(reads, or: database))
    }

    func organizationRows() throws -> OrganizationRows {
        OrganizationRows(sql: try readingSQL(reads, or: database))
    }

    func peopleRows() throws -> PeopleRows {
        PeopleRows(sql: try readingSQL(reads, or: database))
    }

    func coupleRows() throws -> CoupleRows {
        CoupleRows(sql: try readingSQL(reads, or: database))
    }

    /// What `toCore()` needs loaded with each row.
    func titleQuery() -> QueryBuilder<TitleModel> {
        TitleModel.query(on: database).with(\.$outlets) { $0.with(\.$organization) }
    }

    // MARK: Quotes

    /// Quotes the person said, newest first.
    public func quotes(by person: Person) async throws -> [Quote] {
        try await quoteRows().all(where: "q.speaker_id = \(bind: UUID(coreID: person.id))")
    }

    /// Quotes about an entity, newest first.
    public func quotes(about kind: EntityKind, id: String) async throws -> [Quote] {
        try await quoteRows().all(
            where: """
                q.id IN (SELECT quote_id FROM quote_subjects WHERE entity_kind = \(bind: kind.rawValue) \
                AND entity_id = \(bind: UUID(coreID: id)))
                """)
    }

    /// What each of the pair said about the other, newest first.
    public func quotes(between couple: Couple) async throws -> [Quote] {
        let slugs = [couple.first.slug, couple.second.slug]
        let quotes = try await quoteRows().all(where: "q.speaker_id IN (SELECT id FROM people WHERE slug IN \(SQLBind.group(slugs)))")
        return quotes.filter { quote in quote.about.contains { slugs.contains($0.slug) && $0.slug != quote.speaker.slug } }
    }

    private func quoteRows() throws -> QuoteRows {
        QuoteRows(sql: try readingSQL(reads, or: database))
    }

    // MARK: Names and slugs

    /// The current slug for an old one of an entity that was renamed, for a 301.
    public func redirect(kind: EntityKind, from slug: String) async throws -> String? {
        guard
            let row = try await SlugRedirectModel.query(on: database)
                .filter(\.$entityKind == kind.rawValue).filter(\.$oldSlug == slug).first()
        else { return nil }
        return try await EntityRefs(database: database).resolve([(kind, row.entityID)])[row.entityID]?.slug
    }

    /// Resolves names as written in `[[Name]]` links. A name that fits several entities goes to
    /// the first of person, title, organization, couple, so a link never silently disappears.
    public func entities(named names: [String]) async throws -> [String: EntityRef] {
        let keys = Array(Set(names.map(NameKey.make).filter { !$0.isEmpty }))
        guard !keys.isEmpty else { return [:] }
        // Plain SQL, names and entities in one query: every article view resolves its links.
        let rows = try await readingSQL(reads, or: database).raw(
            """
            SELECT s.key, \(unsafeRaw: EntityColumns.select)
            FROM entity_names s \(unsafeRaw: EntityColumns.joins) WHERE s.key IN \(SQLBind.group(keys))
            """
        ).all()
        var found: [String: [EntityRef]] = [:]
        for row in rows {
            guard let ref = try EntityColumns.ref(in: row) else { continue }
            found[try row.decode(column: "key", as: String.self), default: []].append(ref)
        }
        let priority: [EntityKind] = [.person, .title, .organization, .couple]
        var result: [String: EntityRef] = [:]
        for (key, candidates) in found {
            // Same kind: the lowest slug, so both databases pick the same entity.
            let ordered = candidates.sorted {
                (priority.firstIndex(of: $0.kind) ?? 9, $0.slug) < (priority.firstIndex(of: $1.kind) ?? 9, $1.slug)
            }
            if let ref = ordered.first { result[key] = ref }
        }
        return result
    }

    /// The title kinds for title slugs, so links go to `/dramas` or `/films`.
    public func titleKinds(slugs: [String]) async throws -> [String: TitleKind] {
        guard !slugs.isEmpty else { return [:] }
        var kinds: [String: TitleKind] = [:]
        for row in try await readingSQL(reads, or: database).raw(
            """
            SELECT slug, kind FROM titles WHERE slug IN \(SQLBind.group(slugs))
            """
        ).all() {
            kinds[try row.decode(column: "slug", as: String.self)] = TitleKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .drama
        }
        return kinds
    }
}
