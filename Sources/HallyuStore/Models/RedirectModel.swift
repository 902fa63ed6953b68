import Fluent
import Foundation

/// An old address of the site (a WordPress permalink, a page moved by hand) and where it
/// leads now: 301 or 302 to `target`, or 410 for a page that is gone for good.
final class RedirectModel: Model, @unchecked Sendable {
    static let schema = "redirects"

    @ID(key: .id) var id: UUID?
    /// The path as `RedirectPath` normalises it, with the query parameter it needs, if any.
    @Field(key: "path") var path: String
    @Field(key: "target") var target: String
    @Field(key: "status") var status: Int
    /// `wordpress` for an imported address, `manual` for one an editor added.
    @Field(key: "origin") var origin: String
    @Field(key: "hits") var hits: Int
    @OptionalField(key: "last_hit_at") var lastHitAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(path: String, target: String, status: Int, origin: String) {
        self.path = path
        self.target = target
        self.status = status
        self.origin = origin
        hits = 0
    }
}
