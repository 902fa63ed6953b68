import Fluent
import Foundation
import HallyuCore

/// Pairs of people that may be one person: what imports record when a newcomer shares a Hangul
/// name with someone already there but nothing else says they are the same (no birth date,
/// group or credit in common), for an editor to merge or keep apart.
public struct MergeCandidates: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// One side of a pair, with what an editor needs to judge it.
    public struct Side: Sendable {
        public var person: Person
        public var groups: [String]
        public var titles: [String]
    }

    public struct Pair: Sendable, Identifiable {
        public var id: UUID
        public var first: Side
        public var second: Side
        public var reason: String
    }

    /// Records that `second` may be `first`, once whatever the order.
    func record(_ first: UUID, _ second: UUID, reason: String, at now: Date = Date()) async throws {
        guard first != second else { return }
        let existing = try await MergeCandidateModel.query(on: database)
            .group(.or) { either in
                either.group(.and) { $0.filter(\.$first.$id == first).filter(\.$second.$id == second) }
                either.group(.and) { $0.filter(\.$first.$id == second).filter(\.$second.$id == first) }
            }
            .count()
        guard existing == 0 else { return }
        try await MergeCandidateModel(first: first, second: second, reason: reason, createdAt: now).create(on: database)
    }

    /// The first `limit` pairs nobody has dismissed, oldest first.
    public func open(limit: Int = 100) async throws -> [Pair] {
        try await pairs(waiting.with(\.$first).with(\.$second).sort(\.$createdAt).sort(\.$id).limit(limit).all())
    }

    /// A page of the pairs nobody has dismissed, oldest first.
    public func open(_ paging: Paging) async throws -> Paged<Pair> {
        let rows = try await waiting.with(\.$first).with(\.$second).sort(\.$createdAt).sort(\.$id)
            .offset((paging.page - 1) * paging.per).limit(paging.per).all()
        return Paged(items: try await pairs(rows), page: paging.page, per: paging.per, total: try await openCount())
    }

    /// The pair with this id, if it still waits for an editor.
    public func waiting(_ id: UUID) async throws -> Pair? {
        try await pairs(waiting.filter(\.$id == id).with(\.$first).with(\.$second).all()).first
    }

    /// How many pairs wait for an editor.
    public func openCount() async throws -> Int {
        try await waiting.count()
    }

    private var waiting: QueryBuilder<MergeCandidateModel> {
        MergeCandidateModel.query(on: database).filter(\.$dismissed == false)
    }

    /// The rows with what an editor needs to judge each side.
    private func pairs(_ rows: [MergeCandidateModel]) async throws -> [Pair] {
        var pairs: [Pair] = []
        for row in rows {
            pairs.append(
                Pair(
                    id: try row.requireID(), first: try await side(row.first), second: try await side(row.second),
                    reason: row.reason))
        }
        return pairs
    }

    /// Marks a pair as two different people; false when there is no such open pair.
    public func dismiss(_ id: UUID) async throws -> Bool {
        guard let row = try await MergeCandidateModel.find(id, on: database), !row.dismissed else { return false }
        row.dismissed = true
        try await row.update(on: database)
        return true
    }

    private func side(_ row: PersonModel) async throws -> Side {
        let id = try row.requireID()
        let groups = try await MembershipModel.query(on: database).filter(\.$person.$id == id).with(\.$group).all()
            .map(\.group.name)
        let titles = try await CreditModel.query(on: database).filter(\.$person.$id == id).with(\.$title)
            .sort(\.$position).limit(5).all().map(\.title.name)
        return Side(person: try row.toCore(), groups: groups, titles: titles)
    }
}
