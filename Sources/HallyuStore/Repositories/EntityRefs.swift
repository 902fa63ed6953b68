import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Turns stored (kind, id) pairs into `EntityRef`s with names, in one plain SQL query: lists,
/// quotes, polls and trending boxes resolve names on every page view.
struct EntityRefs {
    let database: Database
    /// The public pages' reader, when they ask.
    var reads: (any SQLDatabase)?

    func resolve(_ pairs: [(kind: EntityKind, id: UUID)]) async throws -> [UUID: EntityRef] {
        var ids: [EntityKind: [UUID]] = [:]
        for pair in pairs { ids[pair.kind, default: []].append(pair.id) }
        var branches: [SQLQueryString] = []
        func branch(_ kind: EntityKind, _ select: String) {
            guard let kindIDs = ids[kind], !kindIDs.isEmpty else { return }
            branches.append("SELECT \(unsafeRaw: select) WHERE x.id IN \(SQLBind.group(Array(Set(kindIDs))))")
        }
        branch(.person, "x.id, 'person' AS kind, x.slug, x.name, x.native_name, NULL AS second_name FROM people x")
        branch(.title, "x.id, 'title' AS kind, x.slug, x.name, x.native_name, NULL AS second_name FROM titles x")
        branch(.organization, "x.id, 'organization' AS kind, x.slug, x.name, x.native_name, NULL AS second_name FROM organizations x")
        branch(
            .couple,
            """
            x.id, 'couple' AS kind, x.slug, c1.name AS name, NULL AS native_name, c2.name AS second_name FROM couples x
            JOIN people c1 ON c1.id = x.first_person_id JOIN people c2 ON c2.id = x.second_person_id
            """)
        branch(.article, "x.id, 'article' AS kind, x.slug, x.title AS name, NULL AS native_name, NULL AS second_name FROM articles x")
        branch(.tag, "x.id, 'tag' AS kind, x.slug, x.name, NULL AS native_name, NULL AS second_name FROM tags x")
        // Every branch names its columns: the first one present names the union's.
        guard let first = branches.first else { return [:] }
        var query = first
        for next in branches.dropFirst() { query = "\(query) UNION ALL \(next)" }
        var refs: [UUID: EntityRef] = [:]
        for row in try await readingSQL(reads, or: database).raw(query).all() {
            guard let ref = try EntityColumns.ref(in: row) else { continue }
            refs[try row.uuid("id")] = ref
        }
        return refs
    }

    /// The id of the entity of `kind` with `slug`, if there is one.
    func id(of kind: EntityKind, slug: String) async throws -> UUID? {
        switch kind {
        case .person: try await PersonModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .title: try await TitleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .organization: try await OrganizationModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .couple: try await CoupleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .article: try await ArticleModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .tag: try await TagModel.query(on: database).filter(\.$slug == slug).first()?.id
        case .character: nil
        }
    }
}
