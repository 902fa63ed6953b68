import Fluent
import Foundation
import HallyuCore

/// A network, streamer, agency, group or studio row.
final class OrganizationModel: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @OptionalField(key: "native_name") var nativeName: String?
    @Field(key: "kind") var kind: String
    @Field(key: "aliases") var aliases: [String]
    @Field(key: "description") var description: String
    @OptionalField(key: "founded") var founded: String?
    @OptionalField(key: "website") var website: String?

    init() {}

    init(from organization: Organization) {
        slug = organization.slug
        update(from: organization)
    }

    /// Copies every field but the slug, which only the slug allocator changes.
    func update(from organization: Organization) {
        name = organization.name
        nativeName = organization.nativeName
        kind = organization.kind.rawValue
        aliases = organization.aliases
        description = organization.description
        founded = organization.founded
        website = organization.website
    }

    func toCore() throws -> Organization {
        Organization(
            id: try requireID().uuidString, slug: slug, name: name, nativeName: nativeName,
            kind: OrganizationKind(rawValue: kind) ?? .studio, aliases: aliases,
            description: description, founded: founded, website: website)
    }

    var ref: EntityRef { EntityRef(kind: .organization, slug: slug, name: name, nativeName: nativeName) }
}
