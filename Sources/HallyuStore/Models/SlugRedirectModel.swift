import Fluent
import Foundation

/// An old slug that answers with a 301 to the entity's current one.
final class SlugRedirectModel: Model, @unchecked Sendable {
    static let schema = "slug_redirects"

    @ID(key: .id) var id: UUID?
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "old_slug") var oldSlug: String
    @Field(key: "entity_id") var entityID: UUID

    init() {}

    init(kind: String, oldSlug: String, entityID: UUID) {
        entityKind = kind
        self.oldSlug = oldSlug
        self.entityID = entityID
    }
}

/// Site-wide settings kept in the database, such as the generated secret.
final class SettingModel: Model, @unchecked Sendable {
    static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String

    init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
