import Foundation
import HallyuCore
import SQLKit

/// Titles with the networks that aired them and the platforms that stream them, in two plain
/// SQL queries however many titles match: title and organization pages show them on every view.
struct TitleRows {
    let sql: any SQLDatabase

    /// The titles matching `condition` (on `t`, the titles table), in stored order.
    func all(where condition: SQLQueryString) async throws -> [Title] {
        let rows = try await sql.raw(
            """
            SELECT t.id, t.slug, t.kind, t.name, t.native_name, t.aliases, t.synopsis, t.first_aired, t.last_aired, t.episodes, t.genres
            FROM titles t WHERE \(condition)
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.uuid("id") }
        var outlets: [UUID: [(position: Int, role: String, ref: EntityRef)]] = [:]
        for row in try await sql.raw(
            """
            SELECT x.title_id, x.role, x.position, o.slug, o.name, o.native_name
            FROM title_outlets x JOIN organizations o ON o.id = x.organization_id WHERE x.title_id IN \(SQLBind.group(ids))
            """
        ).all() {
            outlets[try row.uuid("title_id"), default: []].append(
                (
                    try row.decode(column: "position", as: Int.self), try row.decode(column: "role", as: String.self),
                    EntityRef(
                        kind: .organization, slug: try row.decode(column: "slug", as: String.self),
                        name: try row.decode(column: "name", as: String.self), nativeName: try row.optional("native_name", String.self))
                ))
        }
        return try zip(rows, ids).map { row, id in
            let sorted = (outlets[id] ?? []).sorted { $0.position < $1.position }
            return Title(
                id: id.coreID, slug: try row.decode(column: "slug", as: String.self),
                kind: TitleKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .drama,
                name: try row.decode(column: "name", as: String.self), nativeName: try row.optional("native_name", String.self),
                aliases: try row.decode(column: "aliases", as: [String].self),
                synopsis: try row.decode(column: "synopsis", as: String.self),
                firstAired: try row.optional("first_aired", String.self).flatMap(CalendarDate.init),
                lastAired: try row.optional("last_aired", String.self).flatMap(CalendarDate.init),
                episodes: try row.optional("episodes", Int.self),
                networks: sorted.filter { $0.role == TitleOutletModel.network }.map(\.ref),
                platforms: sorted.filter { $0.role == TitleOutletModel.platform }.map(\.ref),
                genres: try row.decode(column: "genres", as: [String].self))
        }
    }
}
