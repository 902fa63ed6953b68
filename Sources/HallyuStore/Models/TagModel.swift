import Fluent
import Foundation
import HallyuCore

/// A tag row.
final class TagModel: Model, @unchecked Sendable {
    static let schema = "tags"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    /// The broader tag it sits under, as categories do on the site it came from.
    @OptionalField(key: "parent_id") var parentID: UUID?

    init() {}

    init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }

    func toCore() -> Tag { Tag(slug: slug, name: name) }
}
