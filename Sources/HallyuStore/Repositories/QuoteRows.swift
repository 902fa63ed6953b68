import Foundation
import HallyuCore
import SQLKit

/// Quotes with their speaker, source story and subjects, read in one plain SQL query: person,
/// title and couple pages show them on every view, and a model of each quote loaded its source
/// story, body and all.
struct QuoteRows {
    let sql: any SQLDatabase

    /// The quotes matching `condition` (on `q`, the quotes table), newest first.
    func all(where condition: SQLQueryString) async throws -> [Quote] {
        let rows = try await sql.raw(
            """
            SELECT 'quote' AS part, q.id AS quote_id, q.text, q.kind AS quote_kind, q.source_url, q.date, q.context,
            sp.slug AS speaker_slug, sp.name AS speaker_name, sp.native_name AS speaker_native_name,
            a.slug AS article_slug, a.title AS article_title, a.status AS article_status,
            NULL AS kind, NULL AS slug, NULL AS name, NULL AS native_name, \(unsafeRaw: EntityColumns.none)
            FROM quotes q JOIN people sp ON sp.id = q.speaker_id LEFT JOIN articles a ON a.id = q.source_article_id
            WHERE \(condition)
            UNION ALL
            SELECT 'about', s.quote_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            \(unsafeRaw: EntityColumns.select)
            FROM quote_subjects s \(unsafeRaw: EntityColumns.joins)
            WHERE s.quote_id IN (SELECT q.id FROM quotes q WHERE \(condition))
            """
        ).all()
        var about: [UUID: [EntityRef]] = [:]
        var quotes: [(id: UUID, quote: Quote)] = []
        for row in rows {
            let id = try row.uuid("quote_id")
            guard try row.decode(column: "part", as: String.self) == "quote" else {
                if let ref = try EntityColumns.ref(in: row) { about[id, default: []].append(ref) }
                continue
            }
            let published = try row.optional("article_status", String.self) == ArticleStatus.published.rawValue
            let source = try row.optional("article_slug", String.self).map { slug in
                EntityRef(kind: .article, slug: slug, name: try row.decode(column: "article_title", as: String.self))
            }
            quotes.append(
                (
                    id,
                    Quote(
                        id: id.coreID, text: try row.decode(column: "text", as: String.self),
                        kind: QuoteKind(rawValue: try row.decode(column: "quote_kind", as: String.self)) ?? .paraphrased,
                        speaker: EntityRef(
                            kind: .person, slug: try row.decode(column: "speaker_slug", as: String.self),
                            name: try row.decode(column: "speaker_name", as: String.self),
                            nativeName: try row.optional("speaker_native_name", String.self)),
                        sourceArticle: published ? source : nil, sourceURL: try row.optional("source_url", String.self),
                        date: try row.optional("date", String.self).flatMap(CalendarDate.init),
                        context: try row.decode(column: "context", as: String.self))
                ))
        }
        // Ties in a full order, so every database and every build list them alike.
        return quotes.map { id, quote in
            var quote = quote
            quote.about = (about[id] ?? []).sorted { ($0.kind.rawValue, $0.slug) < ($1.kind.rawValue, $1.slug) }
            return quote
        }.sorted { ($1.date?.description ?? "", $0.id) < ($0.date?.description ?? "", $1.id) }
    }
}
