import Fluent
import Foundation
import HallyuCore

/// Adds entities to the knowledge base by slug. Every `add` leaves an existing entity with the
/// same slug untouched and says so, which is what makes loading the same content twice harmless.
public struct KnowledgeWriter: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Whether a call created something or found it already there.
    public enum Outcome: Sendable, Equatable { case added, existed }

    public func add(_ user: User) async throws -> Outcome {
        if try await UserModel.query(on: database).filter(\.$slug == user.slug).first() != nil { return .existed }
        try await UserModel(slug: user.slug, name: user.name, email: user.email, role: user.role, bio: user.bio)
            .create(on: database)
        return .added
    }

    public func add(_ organization: Organization) async throws -> Outcome {
        if try await id(.organization, organization.slug) != nil { return .existed }
        try Self.checkAddress(organization.website, "website")
        let row = OrganizationModel(from: organization)
        try await row.create(on: database)
        try await names.replace(
            kind: .organization, id: row.requireID(),
            names: [organization.name, organization.nativeName].compactMap { $0 } + organization.aliases)
        return .added
    }

    public func add(_ person: Person) async throws -> Outcome {
        if try await id(.person, person.slug) != nil { return .existed }
        var agencyID: UUID?
        if let agency = person.agency { agencyID = try await require(.organization, agency.slug) }
        let row = PersonModel(from: person, agencyID: agencyID)
        try await row.create(on: database)
        try await names.replace(
            kind: .person, id: row.requireID(),
            names: [person.name, person.nativeName].compactMap { $0 } + person.aliases)
        return .added
    }

    public func add(_ membership: Membership) async throws -> Outcome {
        let personID = try await require(.person, membership.person.slug)
        let groupID = try await require(.organization, membership.group.slug)
        if try await MembershipModel.query(on: database).filter(\.$person.$id == personID)
            .filter(\.$group.$id == groupID).first() != nil
        {
            return .existed
        }
        try await MembershipModel(
            personID: personID, groupID: groupID, current: membership.current,
            since: membership.since, until: membership.until
        ).create(on: database)
        return .added
    }

    /// Adds a title with its networks and platforms (referred to by slug).
    public func add(_ title: Title) async throws -> Outcome {
        if try await id(.title, title.slug) != nil { return .existed }
        let row = TitleModel(from: title)
        try await row.create(on: database)
        let titleID = try row.requireID()
        for (role, refs) in [(TitleOutletModel.network, title.networks), (TitleOutletModel.platform, title.platforms)] {
            for (position, ref) in refs.enumerated() {
                let organizationID = try await require(.organization, ref.slug)
                try await TitleOutletModel(titleID: titleID, organizationID: organizationID, role: role, position: position)
                    .create(on: database)
            }
        }
        try await names.replace(kind: .title, id: titleID, names: [title.name, title.nativeName].compactMap { $0 } + title.aliases)
        return .added
    }

    /// Adds a role unless the same person already plays the same character in the title.
    public func add(_ credit: Credit) async throws -> Outcome {
        let personID = try await require(.person, credit.person.slug)
        let titleID = try await require(.title, credit.title.slug)
        let existing = try await CreditModel.query(on: database).filter(\.$person.$id == personID)
            .filter(\.$title.$id == titleID).all()
        if existing.contains(where: { $0.characterName == credit.characterName }) { return .existed }
        try await CreditModel(
            personID: personID, titleID: titleID, characterName: credit.characterName,
            characterNativeName: credit.characterNativeName,
            characterShortNames: credit.characterShortNames, billing: credit.billing,
            position: credit.order
        ).create(on: database)
        return .added
    }

    /// Adds a couple and its timeline; the slug is derived from the two people's slugs.
    public func add(_ couple: Couple) async throws -> Outcome {
        let slug = Couple.slug(joining: couple.first.slug, couple.second.slug)
        if try await id(.couple, slug) != nil { return .existed }
        let (a, b) = couple.first.slug <= couple.second.slug ? (couple.first, couple.second) : (couple.second, couple.first)
        guard let first = try await PersonModel.query(on: database).filter(\.$slug == a.slug).first() else {
            throw StoreError.missingReference(.person, a.slug)
        }
        guard let second = try await PersonModel.query(on: database).filter(\.$slug == b.slug).first() else {
            throw StoreError.missingReference(.person, b.slug)
        }
        let row = CoupleModel(slug: slug, firstID: try first.requireID(), secondID: try second.requireID(), note: couple.note)
        try await row.create(on: database)
        for entry in couple.timeline { _ = try await add(entry, toCouple: slug) }
        try await names.replace(
            kind: .couple, id: row.requireID(),
            names: [
                "\(first.name) & \(second.name)", "\(second.name) & \(first.name)",
                "\(first.name) and \(second.name)", "\(second.name) and \(first.name)",
            ])
        return .added
    }

    /// Adds a timeline entry unless the couple has one with the same status and date.
    public func add(_ entry: StatusEntry, toCouple slug: String) async throws -> Outcome {
        let coupleID = try await require(.couple, slug)
        if try await CoupleStatusModel.query(on: database).filter(\.$couple.$id == coupleID)
            .filter(\.$status == entry.status.rawValue).filter(\.$date == entry.date.description).first() != nil
        {
            return .existed
        }
        try Self.checkAddress(entry.sourceURL, "source URL")
        let sourceID = try await optionalID(.article, entry.sourceArticle)
        try await CoupleStatusModel(coupleID: coupleID, entry: entry, sourceArticleID: sourceID).create(on: database)
        return .added
    }

    /// Adds a quote unless the speaker already has one with the same text.
    public func add(_ quote: Quote) async throws -> Outcome {
        let speakerID = try await require(.person, quote.speaker.slug)
        if try await QuoteModel.query(on: database).filter(\.$speaker.$id == speakerID)
            .filter(\.$text == quote.text).first() != nil
        {
            return .existed
        }
        try Self.checkAddress(quote.sourceURL, "source URL")
        let sourceID = try await optionalID(.article, quote.sourceArticle)
        let row = QuoteModel(quote: quote, speakerID: speakerID, sourceArticleID: sourceID)
        try await row.create(on: database)
        for subject in quote.about {
            try await QuoteSubjectModel(
                quoteID: row.requireID(), kind: subject.kind,
                entityID: try await require(subject.kind, subject.slug)
            ).create(on: database)
        }
        return .added
    }

    // MARK: Helpers

    /// Stored addresses become links on pages, so only web addresses are accepted.
    static func checkAddress(_ address: String?, _ field: String) throws {
        if let address, !WebAddress.isLinkable(address) {
            throw StoreError.invalid("the \(field) must be an http or https address, not \"\(address.prefix(60))\"")
        }
    }

    var names: EntityNames { EntityNames(database: database) }

    func id(_ kind: EntityKind, _ slug: String) async throws -> UUID? {
        try await EntityRefs(database: database).id(of: kind, slug: slug)
    }

    /// The id of a referenced entity when there is a reference; a dangling one is an error.
    func optionalID(_ kind: EntityKind, _ ref: EntityRef?) async throws -> UUID? {
        guard let ref else { return nil }
        return try await require(kind, ref.slug)
    }

    func require(_ kind: EntityKind, _ slug: String) async throws -> UUID {
        guard let id = try await id(kind, slug) else { throw StoreError.missingReference(kind, slug) }
        return id
    }
}
