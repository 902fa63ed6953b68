import Fluent
import Foundation
import HallyuCore

/// A tag row.
public final class TagModel: Model, @unchecked Sendable {
    public static let schema = "tags"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String

    public init() {}

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }

    func toCore() -> Tag { Tag(slug: slug, name: name) }
}
