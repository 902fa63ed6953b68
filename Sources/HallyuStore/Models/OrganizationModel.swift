import Fluent
import Foundation
import HallyuCore

/// A network, streamer, agency, group or studio row.
public final class OrganizationModel: Model, @unchecked Sendable {
    public static let schema = "organizations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "native_name") public var nativeName: String?
    @Field(key: "kind") public var kind: String
    @Field(key: "aliases") public var aliases: [String]
    @Field(key: "description") public var description: String
    @OptionalField(key: "founded") public var founded: String?
    @OptionalField(key: "website") public var website: String?

    public init() {}

    public init(from organization: Organization) {
        slug = organization.slug
        update(from: organization)
    }

    /// Copies every field but the slug, which only the slug allocator changes.
    public func update(from organization: Organization) {
        name = organization.name
        nativeName = organization.nativeName
        kind = organization.kind.rawValue
        aliases = organization.aliases
        description = organization.description
        founded = organization.founded
        website = organization.website
    }

    public func toCore() throws -> Organization {
        Organization(id: try requireID().uuidString, slug: slug, name: name, nativeName: nativeName,
                     kind: OrganizationKind(rawValue: kind) ?? .studio, aliases: aliases,
                     description: description, founded: founded, website: website)
    }

    var ref: EntityRef { EntityRef(kind: .organization, slug: slug, name: name, nativeName: nativeName) }
}
