import Fluent
import Foundation

/// Every name an entity answers to (name, native name, aliases), by its normalised key, so
/// `[[Name]]` links and name look-ups are one indexed query instead of a scan of every alias list.
public final class EntityNameModel: Model, @unchecked Sendable {
    public static let schema = "entity_names"

    @ID(key: .id) public var id: UUID?
    @Field(key: "entity_kind") public var entityKind: String
    @Field(key: "entity_id") public var entityID: UUID
    @Field(key: "key") public var key: String
    @Field(key: "name") public var name: String

    public init() {}

    init(kind: String, entityID: UUID, key: String, name: String) {
        entityKind = kind
        self.entityID = entityID
        self.key = key
        self.name = name
    }
}
