import Fluent
import Foundation
import HallyuCore

/// A person's role in a title.
final class CreditModel: Model, @unchecked Sendable {
    static let schema = "credits"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Parent(key: "title_id") var title: TitleModel
    @OptionalField(key: "character_name") var characterName: String?
    @OptionalField(key: "character_native_name") var characterNativeName: String?
    @Field(key: "character_short_names") var characterShortNames: [String]
    @Field(key: "billing") var billing: String
    @Field(key: "position") var position: Int

    init() {}

    init(
        personID: UUID, titleID: UUID, characterName: String?, characterNativeName: String?,
        characterShortNames: [String], billing: Billing, position: Int
    ) {
        $person.id = personID
        $title.id = titleID
        self.characterName = characterName
        self.characterNativeName = characterNativeName
        self.characterShortNames = characterShortNames
        self.billing = billing.rawValue
        self.position = position
    }

    /// Needs `person` and `title` eager-loaded.
    func toCore() throws -> Credit {
        Credit(
            id: try requireID().uuidString, person: person.ref, title: title.ref, titleKind: title.titleKind,
            characterName: characterName, characterNativeName: characterNativeName,
            characterShortNames: characterShortNames, billing: Billing(rawValue: billing) ?? .support,
            order: position)
    }
}
