import Foundation
import HallyuCore
import SQLKit

/// Couples with their two people and their sourced record, in two plain SQL queries however
/// many couples match: person, title and couple pages show them on every view.
struct CoupleRows {
    let sql: any SQLDatabase

    /// The couples matching `condition` (on `c`, the couples table), in stored order.
    func all(where condition: SQLQueryString) async throws -> [Couple] {
        let rows = try await sql.raw(
            """
            SELECT c.id, c.slug, c.note, f.slug AS first_slug, f.name AS first_name, f.native_name AS first_native_name,
            s.slug AS second_slug, s.name AS second_name, s.native_name AS second_native_name
            FROM couples c JOIN people f ON f.id = c.first_person_id JOIN people s ON s.id = c.second_person_id
            WHERE \(condition)
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.uuid("id") }
        var timelines: [UUID: [StatusEntry]] = [:]
        for row in try await sql.raw(
            """
            SELECT st.couple_id, st.status, st.date, st.statement, st.source_url,
            a.slug AS article_slug, a.title AS article_title, a.status AS article_status
            FROM couple_statuses st LEFT JOIN articles a ON a.id = st.source_article_id
            WHERE st.couple_id IN \(SQLBind.group(ids))
            """
        ).all() {
            guard let status = RelationshipStatus(rawValue: try row.decode(column: "status", as: String.self)),
                let date = CalendarDate(try row.decode(column: "date", as: String.self))
            else { continue }
            // A source that was unpublished is not named.
            let source =
                try row.optional("article_status", String.self) == ArticleStatus.published.rawValue
                ? EntityRef(
                    kind: .article, slug: try row.decode(column: "article_slug", as: String.self),
                    name: try row.decode(column: "article_title", as: String.self))
                : nil
            timelines[try row.uuid("couple_id"), default: []].append(
                StatusEntry(
                    status: status, date: date, statement: try row.decode(column: "statement", as: String.self),
                    sourceArticle: source, sourceURL: try row.optional("source_url", String.self)))
        }
        return try zip(rows, ids).map { row, id in
            guard let first = try PeopleRows.ref(.person, "first_", in: row), let second = try PeopleRows.ref(.person, "second_", in: row)
            else { throw StoreError.failure("a couple without its two people") }
            return Couple(
                id: id.coreID, slug: try row.decode(column: "slug", as: String.self), first: first, second: second,
                note: try row.decode(column: "note", as: String.self),
                timeline: (timelines[id] ?? []).sorted { $0.date < $1.date })
        }
    }
}
