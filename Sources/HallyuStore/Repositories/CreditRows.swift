import Foundation
import HallyuCore
import SQLKit

/// Credits with their person and title, read in one plain SQL query: person, title and couple
/// pages list them on every view.
struct CreditRows {
    let sql: any SQLDatabase

    /// The credits matching `condition` (on `cr`, the credits table), with each title's first
    /// air date for ordering.
    func all(where condition: SQLQueryString) async throws -> [(credit: Credit, firstAired: String?)] {
        try await sql.raw(
            """
            SELECT cr.id, cr.character_name, cr.character_native_name, cr.character_short_names, cr.billing, cr.position,
            p.slug AS person_slug, p.name AS person_name, p.native_name AS person_native_name,
            t.slug AS title_slug, t.name AS title_name, t.native_name AS title_native_name, t.kind AS title_kind, t.first_aired
            FROM credits cr JOIN people p ON p.id = cr.person_id JOIN titles t ON t.id = cr.title_id
            WHERE \(condition)
            """
        ).all().map { row in
            let credit = Credit(
                id: try row.id("id"),
                person: EntityRef(
                    kind: .person, slug: try row.decode(column: "person_slug", as: String.self),
                    name: try row.decode(column: "person_name", as: String.self),
                    nativeName: try row.optional("person_native_name", String.self)),
                title: EntityRef(
                    kind: .title, slug: try row.decode(column: "title_slug", as: String.self),
                    name: try row.decode(column: "title_name", as: String.self),
                    nativeName: try row.optional("title_native_name", String.self)),
                titleKind: TitleKind(rawValue: try row.decode(column: "title_kind", as: String.self)) ?? .drama,
                characterName: try row.optional("character_name", String.self),
                characterNativeName: try row.optional("character_native_name", String.self),
                characterShortNames: try row.decode(column: "character_short_names", as: [String].self),
                billing: Billing(rawValue: try row.decode(column: "billing", as: String.self)) ?? .support,
                order: try row.decode(column: "position", as: Int.self))
            return (credit, try row.optional("first_aired", String.self))
        }
    }

    /// Newest title first; ties by title, then cast order, so every database lists them alike.
    static func newestTitleFirst(_ first: (credit: Credit, firstAired: String?), _ second: (credit: Credit, firstAired: String?)) -> Bool {
        (second.firstAired ?? "", first.credit.title.slug, first.credit.order) < (
            first.firstAired ?? "", second.credit.title.slug, second.credit.order
        )
    }
}
