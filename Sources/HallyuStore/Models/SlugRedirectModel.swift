import Fluent
import Foundation

/// An old slug that answers with a 301 to the entity's current one.
public final class SlugRedirectModel: Model, @unchecked Sendable {
    public static let schema = "slug_redirects"

    @ID(key: .id) public var id: UUID?
    @Field(key: "entity_kind") public var entityKind: String
    @Field(key: "old_slug") public var oldSlug: String
    @Field(key: "entity_id") public var entityID: UUID

    public init() {}

    init(kind: String, oldSlug: String, entityID: UUID) {
        entityKind = kind
        self.oldSlug = oldSlug
        self.entityID = entityID
    }
}

/// Site-wide settings kept in the database, such as the generated secret.
public final class SettingModel: Model, @unchecked Sendable {
    public static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: String

    public init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
