import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Old addresses that answer with a redirect (or 410 Gone), with how often each is still used.
public struct Redirects: Sendable {
    /// The origin of an address an import brought; editors' own are `manual`.
    public static let imported = "wordpress"
    public static let manual = "manual"

    public struct Entry: Sendable, Equatable {
        public var id: String
        public var path: String
        public var target: String
        public var status: Int
        public var origin: String
        public var hits: Int
        public var lastHitAt: Date?
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The entry for a normalised path (see `RedirectPath`).
    public func find(path: String) async throws -> Entry? {
        try await RedirectModel.query(on: database).filter(\.$path == path).first().map(Self.entry)
    }

    /// Counts a use. One statement, so concurrent hits all count.
    public func recordHit(id: String, at now: Date) async throws {
        guard let uuid = UUID(uuidString: id), let sql = database as? any SQLDatabase else { return }
        try await sql.update(RedirectModel.schema)
            .set(SQLIdentifier("hits"), to: SQLBinaryExpression(SQLIdentifier("hits"), .add, SQLLiteral.numeric("1")))
            .set("last_hit_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(uuid))
            .run()
    }

    public func count() async throws -> Int {
        try await RedirectModel.query(on: database).count()
    }

    static func entry(_ row: RedirectModel) -> Entry {
        Entry(
            id: row.id?.coreID ?? "", path: row.path, target: row.target, status: row.status, origin: row.origin, hits: row.hits,
            lastHitAt: row.lastHitAt)
    }
}
