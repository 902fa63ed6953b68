import Foundation
import HallyuCore
import SQLKit

/// A stored (kind, id) pair joined to its entity in the same query, so a page's links come
/// with their names without a model per row. The pair's table is aliased `s`; `entity_kind`
/// and `entity_id` are its columns.
enum EntityColumns {
    /// The name columns, and a title's kind and facts (null for other kinds).
    static let select = """
        s.entity_kind AS kind, COALESCE(p.slug, ti.slug, o.slug, c.slug) AS slug, COALESCE(p.name, ti.name, o.name, c1.name) AS name,
        COALESCE(p.native_name, ti.native_name, o.native_name) AS native_name, c2.name AS second_name, ti.id AS title_id,
        ti.kind AS title_kind, ti.first_aired, ti.last_aired, ti.episodes, ti.genres
        """

    /// The columns of `select`, null, for a branch of a union that names no entity.
    static let none = """
        NULL AS second_name, NULL AS title_id, NULL AS title_kind, NULL AS first_aired, NULL AS last_aired, NULL AS episodes, NULL AS genres
        """

    static let joins = """
        LEFT JOIN people p ON s.entity_kind = 'person' AND p.id = s.entity_id
        LEFT JOIN titles ti ON s.entity_kind = 'title' AND ti.id = s.entity_id
        LEFT JOIN organizations o ON s.entity_kind = 'organization' AND o.id = s.entity_id
        LEFT JOIN couples c ON s.entity_kind = 'couple' AND c.id = s.entity_id
        LEFT JOIN people c1 ON c1.id = c.first_person_id
        LEFT JOIN people c2 ON c2.id = c.second_person_id
        """

    /// The entity of the row, nil when the pair points at nothing (a deleted entity, an
    /// unknown kind). A couple is named after its pair, as everywhere.
    static func ref(in row: any SQLRow) throws -> EntityRef? {
        guard let slug = try row.optional("slug", String.self), let name = try row.optional("name", String.self),
            let kind = EntityKind(rawValue: try row.optional("kind", String.self) ?? "")
        else { return nil }
        if kind == .couple {
            return EntityRef(kind: kind, slug: slug, name: "\(name) & \(try row.optional("second_name", String.self) ?? "")")
        }
        return EntityRef(kind: kind, slug: slug, name: name, nativeName: try row.optional("native_name", String.self))
    }

    /// The title's kind, for a row naming a title.
    static func titleKind(in row: any SQLRow) throws -> TitleKind? {
        try row.optional("title_kind", String.self).map { TitleKind(rawValue: $0) ?? .drama }
    }
}
