import Fluent
import Foundation

/// Which entity a record of an outside source became, so running the same import again finds
/// what it made (or merged into) instead of adding it twice.
final class ImportRecordModel: Model, @unchecked Sendable {
    static let schema = "import_records"

    @ID(key: .id) var id: UUID?
    @Field(key: "source") var source: String
    @Field(key: "external_key") var externalKey: String
    @Field(key: "entity_kind") var entityKind: String
    @Field(key: "entity_id") var entityID: UUID
    /// What the source said of the record when it was last imported (WordPress's modified
    /// time), so a later run updates only what changed since.
    @OptionalField(key: "version") var version: String?

    init() {}

    init(source: String, externalKey: String, kind: String, entityID: UUID, version: String? = nil) {
        self.version = version
        self.source = source
        self.externalKey = externalKey
        entityKind = kind
        self.entityID = entityID
    }
}
