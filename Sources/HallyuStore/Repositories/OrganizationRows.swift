import Foundation
import HallyuCore
import SQLKit

/// Organizations read with plain SQL, for the pages and cards readers open.
struct OrganizationRows {
    let sql: any SQLDatabase

    /// The organizations matching `condition` (on `o`, the organizations table), in stored order.
    func all(where condition: SQLQueryString) async throws -> [Organization] {
        try await sql.raw(
            """
            SELECT o.id, o.slug, o.name, o.native_name, o.kind, o.aliases, o.description, o.founded, o.website
            FROM organizations o WHERE \(condition)
            """
        ).all().map { row in
            Organization(
                id: try row.id("id"), slug: try row.decode(column: "slug", as: String.self),
                name: try row.decode(column: "name", as: String.self), nativeName: try row.optional("native_name", String.self),
                kind: OrganizationKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .studio,
                aliases: try row.decode(column: "aliases", as: [String].self),
                description: try row.decode(column: "description", as: String.self),
                founded: try row.optional("founded", String.self), website: try row.optional("website", String.self))
        }
    }
}
