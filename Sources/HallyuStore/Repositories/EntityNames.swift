import Fluent
import Foundation
import HallyuCore

/// Keeps the `entity_names` look-up table in step with the entities and answers name queries.
struct EntityNames {
    let database: Database

    /// Replaces every name row of one entity; called whenever the entity's names change.
    func replace(kind: EntityKind, id: UUID, names: [String]) async throws {
        try await EntityNameModel.query(on: database)
            .filter(\.$entityKind == kind.rawValue).filter(\.$entityID == id).delete()
        var seen = Set<String>()
        let rows = names.compactMap { name -> EntityNameModel? in
            let key = NameKey.make(name)
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return EntityNameModel(kind: kind.rawValue, entityID: id, key: key, name: name)
        }
        guard !rows.isEmpty else { return }
        try await rows.create(on: database)
    }

    /// The entities answering to any of `names`, keyed by the normalised name.
    func lookUp(_ names: [String]) async throws -> [String: [(kind: EntityKind, id: UUID)]] {
        let keys = Array(Set(names.map(NameKey.make).filter { !$0.isEmpty }))
        guard !keys.isEmpty else { return [:] }
        let rows = try await EntityNameModel.query(on: database).filter(\.$key ~~ keys).all()
        var found: [String: [(kind: EntityKind, id: UUID)]] = [:]
        for row in rows {
            guard let kind = EntityKind(rawValue: row.entityKind) else { continue }
            found[row.key, default: []].append((kind, row.entityID))
        }
        return found
    }
}
