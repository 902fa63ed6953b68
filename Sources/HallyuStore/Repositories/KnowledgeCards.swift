import Fluent
import Foundation
import HallyuCore
import SQLKit

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
            for person in try await peopleRows().people(where: "p.slug IN \(SQLBind.group(people))") {
                cards.people[person.slug] = person
            }
        }
        if !titles.isEmpty {
            for title in try await titleRows().all(where: "t.slug IN \(SQLBind.group(titles))") {
                cards.titles[title.slug] = title
            }
        }
        if !organizations.isEmpty {
            for organization in try await organizationRows().all(where: "o.slug IN \(SQLBind.group(organizations))") {
                cards.organizations[organization.slug] = organization
            }
        }
        if !couples.isEmpty {
            for couple in try await coupleRows().all(where: "c.slug IN \(SQLBind.group(couples))") {
                cards.couples[couple.slug] = couple
            }
        }
        return cards
    }
}
