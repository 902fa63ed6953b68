import Fluent
import Foundation
import HallyuCore

/// A person row.
final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @OptionalField(key: "native_name") var nativeName: String?
    @Field(key: "aliases") var aliases: [String]
    /// `YYYY-MM-DD`, so it sorts and never shifts with a time zone.
    @OptionalField(key: "birth_date") var birthDate: String?
    @OptionalField(key: "birthplace") var birthplace: String?
    @Field(key: "occupations") var occupations: [String]
    @OptionalParent(key: "agency_id") var agency: OrganizationModel?
    @Field(key: "bio") var bio: String

    init() {}

    init(from person: Person, agencyID: UUID?) {
        slug = person.slug
        update(from: person, agencyID: agencyID)
    }

    func update(from person: Person, agencyID: UUID?) {
        name = person.name
        nativeName = person.nativeName
        aliases = person.aliases
        birthDate = person.birthDate?.description
        birthplace = person.birthplace
        occupations = person.occupations
        $agency.id = agencyID
        bio = person.bio
    }

    /// Needs `agency` eager-loaded when it is set.
    func toCore() throws -> Person {
        Person(
            id: try requireID().uuidString, slug: slug, name: name, nativeName: nativeName, aliases: aliases,
            birthDate: birthDate.flatMap(CalendarDate.init), birthplace: birthplace, occupations: occupations,
            agency: $agency.value??.ref, bio: bio)
    }

    var ref: EntityRef { EntityRef(kind: .person, slug: slug, name: name, nativeName: nativeName) }
}
