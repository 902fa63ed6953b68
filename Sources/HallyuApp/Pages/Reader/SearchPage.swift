import HallyuCore
import HallyuStore

/// An entity a search names, with what its card shows.
struct EntityCardData {
    let ref: EntityRef
    let url: String
    /// "Actor, model", "Drama · 2021 · JTBC", "Character in Nevertheless".
    let summary: String

    /// Cards for the targets, in their order; a character's card leads to its drama.
    static func load(_ targets: [MentionTarget], index: MentionIndex, knowledge: KnowledgeRepository) async throws -> [EntityCardData] {
        func slugs(_ kind: EntityKind) -> [String] { targets.filter { $0.kind == kind }.map(\.slug) }
        let found = try await knowledge.cards(
            people: slugs(.person), titles: slugs(.title) + targets.filter { $0.kind == .character }.compactMap(\.titleSlug),
            organizations: slugs(.organization), couples: slugs(.couple))
        return targets.compactMap { target -> EntityCardData? in
            switch target.kind {
            case .person:
                guard let person = found.people[target.slug] else { return nil }
                let born = person.birthDate.map { "born \($0.year)" }
                let summary = ([person.occupations.joined(separator: ", ")] + [born].compactMap { $0 }).filter { !$0.isEmpty }
                return EntityCardData(ref: person.ref, url: Paths.of(person.ref), summary: summary.joined(separator: " · ").capitalizedFirst)
            case .title:
                guard let title = found.titles[target.slug] else { return nil }
                let parts =
                    [title.kind == .film ? "Film" : "Drama", title.year.map(String.init)].compactMap { $0 }
                    + title.networks.prefix(1).map(\.name)
                return EntityCardData(ref: title.ref, url: Paths.of(title.ref, titleKind: title.kind), summary: parts.joined(separator: " · "))
            case .organization:
                guard let organization = found.organizations[target.slug] else { return nil }
                return EntityCardData(ref: organization.ref, url: Paths.of(organization.ref), summary: organization.kind.label)
            case .couple:
                guard let couple = found.couples[target.slug] else { return nil }
                return EntityCardData(ref: couple.ref, url: Paths.of(couple.ref), summary: "Couple")
            case .character:
                guard let titleSlug = target.titleSlug, let title = found.titles[titleSlug] else { return nil }
                let ref = EntityRef(kind: .character, slug: target.slug, name: index.name(of: target))
                return EntityCardData(
                    ref: ref, url: Paths.of(title.ref, titleKind: title.kind) + "#character-\(target.slug)",
                    summary: "Character in \(title.name)")
            case .article, .tag:
                return nil
            }
        }
    }
}

/// `/search`.
struct SearchPage: Encodable, Sendable {
    var meta: PageMeta
    var query: String
    var kind: String
    var kinds: [KindLink]
    var entities: [EntityCard]
    var results: [Result]
    /// "12 articles", or, past the ranked window, how many of the newest are shown.
    var heading: String
    /// Asks for another word when more articles matched than were ranked.
    var narrowing: String?
    /// Said instead of results when the query has nothing to look for or nothing matched.
    var message: String?
    var pager: Pager

    struct KindLink: Encodable, Sendable {
        var label: String
        var current: Bool
        var url: String
    }

    struct EntityCard: Encodable, Sendable {
        var url: String
        var name: String
        var nativeName: String?
        var summary: String

        init(_ data: EntityCardData) {
            url = data.url
            name = data.ref.name
            nativeName = data.ref.nativeName
            summary = data.summary
        }
    }

    struct Result: Encodable, Sendable {
        var card: ArticleCard
        /// Escaped HTML with `<mark>` around the matching words.
        var snippet: String
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
