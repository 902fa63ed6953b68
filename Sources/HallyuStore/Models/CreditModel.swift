import Fluent
import Foundation
import HallyuCore

/// A person's role in a title.
public final class CreditModel: Model, @unchecked Sendable {
    public static let schema = "credits"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: PersonModel
    @Parent(key: "title_id") public var title: TitleModel
    @OptionalField(key: "character_name") public var characterName: String?
    @OptionalField(key: "character_native_name") public var characterNativeName: String?
    @Field(key: "character_short_names") public var characterShortNames: [String]
    @Field(key: "billing") public var billing: String
    @Field(key: "position") public var position: Int

    public init() {}

    public init(personID: UUID, titleID: UUID, characterName: String?, characterNativeName: String?,
                characterShortNames: [String], billing: Billing, position: Int) {
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
        Credit(id: try requireID().uuidString, person: person.ref, title: title.ref, titleKind: title.titleKind,
               characterName: characterName, characterNativeName: characterNativeName,
               characterShortNames: characterShortNames, billing: Billing(rawValue: billing) ?? .support,
               order: position)
    }
}
