import Fluent
import Foundation
import HallyuCore

/// A person row.
public final class PersonModel: Model, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "native_name") public var nativeName: String?
    @Field(key: "aliases") public var aliases: [String]
    /// `YYYY-MM-DD`, so it sorts and never shifts with a time zone.
    @OptionalField(key: "birth_date") public var birthDate: String?
    @Field(key: "occupations") public var occupations: [String]
    @OptionalParent(key: "agency_id") public var agency: OrganizationModel?
    @Field(key: "bio") public var bio: String

    public init() {}

    public init(from person: Person, agencyID: UUID?) {
        slug = person.slug
        update(from: person, agencyID: agencyID)
    }

    public func update(from person: Person, agencyID: UUID?) {
        name = person.name
        nativeName = person.nativeName
        aliases = person.aliases
        birthDate = person.birthDate?.description
        occupations = person.occupations
        $agency.id = agencyID
        bio = person.bio
    }

    /// Needs `agency` eager-loaded when it is set.
    public func toCore() throws -> Person {
        Person(id: try requireID().uuidString, slug: slug, name: name, nativeName: nativeName, aliases: aliases,
               birthDate: birthDate.flatMap(CalendarDate.init), occupations: occupations,
               agency: $agency.value??.ref, bio: bio)
    }

    var ref: EntityRef { EntityRef(kind: .person, slug: slug, name: name, nativeName: nativeName) }
}
