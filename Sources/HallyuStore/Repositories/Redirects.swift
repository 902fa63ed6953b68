import Fluent
import Foundation
import HallyuCore
import SQLKit

/// Old addresses that answer with a redirect (or 410 Gone), with how often each is still used.
public struct Redirects: Sendable {
    /// The origin of an address an import brought; editors' own are `manual`.
    public static let imported = "wordpress"
    public static let manual = "manual"

    public struct Entry: Sendable, Equatable {
        public var id: String
        public var path: String
        public var target: String
        public var status: Int
        public var origin: String
        public var hits: Int
        public var lastHitAt: Date?
    }

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The entry for a normalised path (see `RedirectPath`).
    public func find(path: String) async throws -> Entry? {
        try await RedirectModel.query(on: database).filter(\.$path == path).first().map(Self.entry)
    }

    /// Counts a use. One statement, so concurrent hits all count.
    public func recordHit(id: String, at now: Date) async throws {
        guard let uuid = UUID(uuidString: id), let sql = database as? any SQLDatabase else { return }
        try await sql.update(RedirectModel.schema)
            .set(SQLIdentifier("hits"), to: SQLBinaryExpression(SQLIdentifier("hits"), .add, SQLLiteral.numeric("1")))
            .set("last_hit_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(uuid))
            .run()
    }

    public func count() async throws -> Int {
        try await RedirectModel.query(on: database).count()
    }

    public func entry(id: String) async throws -> Entry? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await RedirectModel.find(uuid, on: database).map(Self.entry)
    }

    /// A page of the table by old address, those whose old or new address holds `search` when
    /// it is given.
    public func list(search: String?, _ paging: Paging) async throws -> Paged<Entry> {
        var query = RedirectModel.query(on: database)
        if let search, !search.isEmpty {
            let pattern = search.lowercased()
            query = query.group(.or) { group in
                // "%" and "_" in a search match any text and any letter, as LIKE has them: a search
                // too broad, never one that fails.
                group.filter(\.$path, .custom("LIKE"), "%\(pattern)%").filter(\.$target, .custom("LIKE"), "%\(search)%")
            }
        }
        let total = try await query.copy().count()
        let rows = try await query.sort(\.$path).range((paging.page - 1) * paging.per..<paging.page * paging.per).all()
        return Paged(items: rows.map(Self.entry), page: paging.page, per: paging.per, total: total)
    }

    /// Adds the rules in one transaction; an address already there is changed when this origin
    /// may change it (an editor any, an import only what an import made). Returns how many
    /// were added and changed.
    @discardableResult
    public func save(_ rules: [RedirectRule], origin: String) async throws -> (added: Int, changed: Int) {
        guard !rules.isEmpty else { return (0, 0) }
        return try await database.writeTransaction { database in
            var added = 0
            var changed = 0
            for start in stride(from: 0, to: rules.count, by: 500) {
                let slice = Array(rules[start..<min(start + 500, rules.count)])
                let existing = try await RedirectModel.query(on: database).filter(\.$path ~~ slice.map(\.path)).all()
                var byPath = Dictionary(existing.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
                for rule in slice {
                    if let row = byPath[rule.path] {
                        guard origin == Self.manual || row.origin == origin, row.target != rule.target || row.status != rule.status else { continue }
                        row.target = rule.target
                        row.status = rule.status
                        if origin == Self.manual { row.origin = Self.manual }
                        try await row.update(on: database)
                        changed += 1
                    } else {
                        let row = RedirectModel(path: rule.path, target: rule.target, status: rule.status, origin: origin)
                        try await row.create(on: database)
                        byPath[rule.path] = row
                        added += 1
                    }
                }
            }
            return (added, changed)
        }
    }

    /// Changes one entry; its address must not be another entry's.
    public func update(id: String, to rule: RedirectRule) async throws -> Entry {
        guard let uuid = UUID(uuidString: id), let row = try await RedirectModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no redirect with the id \"\(id)\"")
        }
        if rule.path != row.path, try await RedirectModel.query(on: database).filter(\.$path == rule.path).first() != nil {
            throw StoreError.alreadyExists("\(rule.path) already redirects; change that entry instead")
        }
        row.path = rule.path
        row.target = rule.target
        row.status = rule.status
        row.origin = Self.manual
        try await row.update(on: database)
        return Self.entry(row)
    }

    /// Adds one entry an editor typed; an address already there is a conflict, not a change.
    public func add(_ rule: RedirectRule) async throws -> Entry {
        if try await RedirectModel.query(on: database).filter(\.$path == rule.path).first() != nil {
            throw StoreError.alreadyExists("\(rule.path) already redirects; change that entry instead")
        }
        let row = RedirectModel(path: rule.path, target: rule.target, status: rule.status, origin: Self.manual)
        try await row.create(on: database)
        return Self.entry(row)
    }

    public func delete(id: String) async throws -> Entry {
        guard let uuid = UUID(uuidString: id), let row = try await RedirectModel.find(uuid, on: database) else {
            throw StoreError.notFound("there is no redirect with the id \"\(id)\"")
        }
        try await row.delete(on: database)
        return Self.entry(row)
    }

    /// The slugs pages had before they were renamed, which their pages answer with a 301 to the
    /// current one: by kind, old slug and where the page is now.
    public func renamed(limit: Int) async throws -> (items: [(kind: EntityKind, oldSlug: String, current: EntityRef)], total: Int) {
        let total = try await SlugRedirectModel.query(on: database).count()
        let rows = try await SlugRedirectModel.query(on: database).sort(\.$entityKind).sort(\.$oldSlug).limit(limit).all()
        let pairs = rows.compactMap { row in EntityKind(rawValue: row.entityKind).map { (kind: $0, id: row.entityID) } }
        let refs = try await EntityRefs(database: database).resolve(pairs)
        let items = rows.compactMap { row -> (kind: EntityKind, oldSlug: String, current: EntityRef)? in
            guard let kind = EntityKind(rawValue: row.entityKind), let ref = refs[row.entityID] else { return nil }
            return (kind, row.oldSlug, ref)
        }
        return (items, total)
    }

    static func entry(_ row: RedirectModel) -> Entry {
        Entry(
            id: row.id?.coreID ?? "", path: row.path, target: row.target, status: row.status, origin: row.origin, hits: row.hits,
            lastHitAt: row.lastHitAt)
    }
}
