import Fluent
import Foundation

/// Every name an entity answers to (name, native name, aliases), by its normalised key, so
/// `[[Name]]` links and name look-ups are one indexed query instead of a scan of every alias list.
final class EntityNameModel: Model, @unchecked Sendable {
    static let schema = "entity_names"

    @ID(key: .id) var id: UUID?
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "key") var key: String
    @Field(key: "name") var name: String

    init() {}

    init(kind: String, entityID: UUID, key: String, name: String) {
        entityKind = kind
        self.entityID = entityID
        self.key = key
        self.name = name
    }
}
