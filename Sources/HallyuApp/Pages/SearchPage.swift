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
        var cards: [EntityCardData] = []
        for target in targets {
            switch target.kind {
            case .person:
                guard let person = try await knowledge.person(slug: target.slug) else { continue }
                let born = person.birthDate.map { "born \($0.year)" }
                let summary = ([person.occupations.joined(separator: ", ")] + [born].compactMap { $0 }).filter { !$0.isEmpty }
                cards.append(EntityCardData(ref: person.ref, url: Paths.of(person.ref),
                                            summary: summary.joined(separator: " · ").capitalizedFirst))
            case .title:
                guard let title = try await knowledge.title(slug: target.slug) else { continue }
                let parts = [title.kind == .film ? "Film" : "Drama", title.year.map(String.init)].compactMap { $0 }
                    + title.networks.prefix(1).map(\.name)
                cards.append(EntityCardData(ref: title.ref, url: Paths.of(title.ref, titleKind: title.kind),
                                            summary: parts.joined(separator: " · ")))
            case .organization:
                guard let organization = try await knowledge.organization(slug: target.slug) else { continue }
                cards.append(EntityCardData(ref: organization.ref, url: Paths.of(organization.ref), summary: organization.kind.label))
            case .couple:
                guard let couple = try await knowledge.couple(slug: target.slug) else { continue }
                cards.append(EntityCardData(ref: couple.ref, url: Paths.of(couple.ref), summary: "Couple"))
            case .character:
                guard let titleSlug = target.titleSlug, let title = try await knowledge.title(slug: titleSlug) else { continue }
                let ref = EntityRef(kind: .character, slug: target.slug, name: index.name(of: target))
                cards.append(EntityCardData(ref: ref, url: Paths.of(title.ref, titleKind: title.kind) + "#character-\(target.slug)",
                                            summary: "Character in \(title.name)"))
            case .article, .tag:
                continue
            }
        }
        return cards
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
