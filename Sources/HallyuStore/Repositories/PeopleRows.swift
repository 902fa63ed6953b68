import Foundation
import HallyuCore
import SQLKit

/// People with their agency, and group memberships, read with plain SQL: person and group
/// pages show them on every view, and Fluent's eager loading took a query per relation and
/// most of a page's time building models.
struct PeopleRows {
    let sql: any SQLDatabase

    /// The people matching `condition` (on `p`, the people table), in `order` when given.
    func people(where condition: SQLQueryString, orderedBy order: SQLQueryString? = nil) async throws -> [Person] {
        var query: SQLQueryString = """
            SELECT p.id, p.slug, p.name, p.native_name, p.aliases, p.birth_date, p.birthplace, p.occupations, p.bio,
            ag.slug AS agency_slug, ag.name AS agency_name, ag.native_name AS agency_native_name
            FROM people p LEFT JOIN organizations ag ON ag.id = p.agency_id
            WHERE \(condition)
            """
        if let order { query += " ORDER BY " + order }
        return try await sql.raw(query).all().map { row in
            Person(
                id: try row.id("id"), slug: try row.decode(column: "slug", as: String.self),
                name: try row.decode(column: "name", as: String.self), nativeName: try row.optional("native_name", String.self),
                aliases: try row.decode(column: "aliases", as: [String].self),
                birthDate: try row.optional("birth_date", String.self).flatMap(CalendarDate.init),
                birthplace: try row.optional("birthplace", String.self),
                occupations: try row.decode(column: "occupations", as: [String].self),
                agency: try Self.ref(.organization, "agency_", in: row), bio: try row.decode(column: "bio", as: String.self))
        }
    }

    /// The memberships matching `condition` (on `m`, the memberships table), in stored order.
    func memberships(where condition: SQLQueryString) async throws -> [Membership] {
        try await sql.raw(
            """
            SELECT m.current, m.since, m.until, p.slug AS person_slug, p.name AS person_name, p.native_name AS person_native_name,
            g.slug AS group_slug, g.name AS group_name, g.native_name AS group_native_name
            FROM memberships m JOIN people p ON p.id = m.person_id JOIN organizations g ON g.id = m.group_id
            WHERE \(condition)
            """
        ).all().compactMap { row in
            guard let person = try Self.ref(.person, "person_", in: row), let group = try Self.ref(.organization, "group_", in: row)
            else { return nil }
            return Membership(
                person: person, group: group, current: try row.decode(column: "current", as: Bool.self),
                since: try row.optional("since", String.self).flatMap(CalendarDate.init),
                until: try row.optional("until", String.self).flatMap(CalendarDate.init))
        }
    }

    /// An entity named by the columns `{prefix}slug`, `{prefix}name` and `{prefix}native_name`;
    /// nil when a left join found none.
    static func ref(_ kind: EntityKind, _ prefix: String, in row: any SQLRow) throws -> EntityRef? {
        guard let slug = try row.optional(prefix + "slug", String.self) else { return nil }
        return EntityRef(
            kind: kind, slug: slug, name: try row.decode(column: prefix + "name", as: String.self),
            nativeName: try row.optional(prefix + "native_name", String.self))
    }
}
