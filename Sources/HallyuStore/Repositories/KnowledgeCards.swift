import Fluent
import Foundation
import HallyuCore

/// People, titles, organizations and couples by slug, a kind at a time: search shows up to
/// eight entity cards per query, and reading each on its own cost a round trip per card (and
/// per eager load) — most of a search's time on PostgreSQL.
extension KnowledgeRepository {
    public struct Cards: Sendable {
        public var people: [String: Person] = [:]
        public var titles: [String: Title] = [:]
        public var organizations: [String: Organization] = [:]
        public var couples: [String: Couple] = [:]
    }

    /// The entities of these slugs, by kind; unknown slugs are left out.
    public func cards(people: [String], titles: [String], organizations: [String], couples: [String]) async throws -> Cards {
        var cards = Cards()
        if !people.isEmpty {
            for row in try await personQuery().filter(\.$slug ~~ people).all() {
                cards.people[row.slug] = try row.toCore()
            }
        }
        if !titles.isEmpty {
            for row in try await titleQuery().filter(\.$slug ~~ titles).all() {
                cards.titles[row.slug] = try row.toCore()
            }
        }
        if !organizations.isEmpty {
            for row in try await OrganizationModel.query(on: database).filter(\.$slug ~~ organizations).all() {
                cards.organizations[row.slug] = try row.toCore()
            }
        }
        if !couples.isEmpty {
            for row in try await coupleQuery().filter(\.$slug ~~ couples).all() {
                cards.couples[row.slug] = try row.toCore()
            }
        }
        return cards
    }
}
