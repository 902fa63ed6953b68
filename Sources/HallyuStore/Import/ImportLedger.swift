import Fluent
import Foundation
import HallyuCore

/// The entities one source's records became, read once at the start of an import and written
/// as each record is placed.
struct ImportLedger: Sendable {
    let source: String
    private(set) var entries: [String: UUID]
    private(set) var versions: [String: String] = [:]

    static func load(source: String, on database: any Database) async throws -> ImportLedger {
        // Comments are many and asked for a post at a time (see `ArticleWriter.place`).
        let rows = try await ImportRecordModel.query(on: database).filter(\.$source == source).filter(\.$entityKind != "comment").all()
        var ledger = ImportLedger(
            source: source,
            entries: Dictionary(rows.map { ($0.externalKey, $0.entityID) }, uniquingKeysWith: { first, _ in first }))
        for row in rows { ledger.versions[row.externalKey] = row.version }
        return ledger
    }

    subscript(key: String) -> UUID? { entries[key] }

    /// Every entity this source's records became.
    var placed: Set<UUID> { Set(entries.values) }

    mutating func record(_ key: String, _ kind: EntityKind, _ id: UUID, on database: any Database) async throws {
        try await record(key, kind: kind.rawValue, id, on: database)
    }

    /// Records a record of any kind of row (an article, a comment, an account), with the
    /// version it was imported at; recording a key again updates its version.
    mutating func record(_ key: String, kind: String, _ id: UUID, version: String? = nil, on database: any Database) async throws {
        if entries[key] != nil {
            try await ImportRecordModel.query(on: database).filter(\.$source == source).filter(\.$externalKey == key)
                .set(\.$version, to: version).set(\.$entityID, to: id).update()
        } else {
            try await ImportRecordModel(source: source, externalKey: key, kind: kind, entityID: id, version: version).create(on: database)
        }
        entries[key] = id
        versions[key] = version
    }

    /// Notes a record whose row the caller writes itself (with others, in one statement).
    mutating func remember(_ key: String, _ id: UUID, version: String?) {
        entries[key] = id
        versions[key] = version
    }
}

/// What an import carries from one record to the next.
struct ImportState: Sendable {
    var ledger: ImportLedger
    var summary = ImportSummary()

    /// Runs `body` in a transaction; the state it changed is kept only when the transaction
    /// commits, so a failed record leaves neither rows nor ledger entries behind.
    mutating func transaction(
        on database: any Database,
        _ body: @escaping @Sendable (inout ImportState, any Database) async throws -> Void
    ) async throws {
        let start = self
        self = try await database.writeTransaction { db in
            var state = start
            try await body(&state, db)
            return state
        }
    }
}
