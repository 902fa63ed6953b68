import Foundation
import HallyuCore

/// schema.org descriptions of pages, as JSON-LD: NewsArticle for articles (with what they are
/// about and what they mention), TVSeries or Movie with the cast as PerformanceRoles, Person,
/// and Organization or MusicGroup.
enum StructuredData {
    static let context = "https://schema.org"

    /// JSON that can sit inside `<script type="application/ld+json">`: `<`, `>` and `&` (which
    /// can only occur inside strings) are written as `\u` escapes, so no text in it can close
    /// the element or start markup.
    static func script(_ object: [String: Any]) -> String? {
        LinkedDataJSON.write(object)
    }

    static func article(
        _ article: Article, mentions: [EntityRef], titleKinds: [String: TitleKind], base: String,
        formatting: Formatting
    ) -> [String: Any] {
        var object: [String: Any] = [
            "@context": context, "@type": "NewsArticle",
            "headline": String(article.title.prefix(110)), "description": article.dek,
            "url": base + Paths.article(article.slug), "mainEntityOfPage": base + Paths.article(article.slug),
            "dateModified": formatting.iso(article.updatedAt),
            "author": article.authors.map { ["@type": "Person", "name": $0.name] },
            "publisher": ["@type": "Organization", "name": "Hallyu", "url": base + "/"],
            "about": article.subjects.map { node($0, titleKinds: titleKinds, base: base) },
        ]
        if let published = article.publishedAt { object["datePublished"] = formatting.iso(published) }
        if let hero = article.hero, hero.kind == .image {
            // The card crop and the widest copy: search engines pick the shape they show.
            object["image"] = Array(Set([base + hero.socialCard.path, base + hero.largestCopy.path])).sorted()
        }
        if !mentions.isEmpty { object["mentions"] = mentions.map { node($0, titleKinds: titleKinds, base: base) } }
        if !article.tags.isEmpty { object["keywords"] = article.tags.map(\.name).joined(separator: ", ") }
        return object
    }

    static func title(_ title: Title, cast: [Credit], base: String) -> [String: Any] {
        var object = node(title.ref, titleKinds: [title.slug: title.kind], base: base)
        object["@context"] = context
        if !title.synopsis.isEmpty { object["description"] = title.synopsis }
        if let first = title.firstAired { object[title.kind == .film ? "datePublished" : "startDate"] = first.description }
        if let last = title.lastAired, title.kind != .film { object["endDate"] = last.description }
        if let episodes = title.episodes, title.kind != .film { object["numberOfEpisodes"] = episodes }
        if !title.genres.isEmpty { object["genre"] = title.genres }
        if !title.networks.isEmpty {
            object["productionCompany"] = title.networks.map { ["@type": "Organization", "name": $0.name, "url": base + Paths.of($0)] }
        }
        object["actor"] = cast.map { credit -> [String: Any] in
            var role: [String: Any] = [
                "@type": "PerformanceRole",
                "actor": ["@type": "Person", "name": credit.person.name, "url": base + Paths.of(credit.person)],
            ]
            if let character = credit.characterName { role["characterName"] = character }
            return role
        }
        return object
    }

    static func person(_ person: Person, groups: [Membership], base: String) -> [String: Any] {
        var object = node(person.ref, titleKinds: [:], base: base)
        object["@context"] = context
        let alternates = [person.nativeName].compactMap { $0 } + person.aliases
        if !alternates.isEmpty { object["alternateName"] = alternates }
        if let born = person.birthDate { object["birthDate"] = born.description }
        if let place = person.birthplace { object["birthPlace"] = ["@type": "Place", "name": place] }
        if !person.occupations.isEmpty { object["jobTitle"] = person.occupations }
        if !person.bio.isEmpty { object["description"] = person.bio }
        if let agency = person.agency { object["worksFor"] = node(agency, titleKinds: [:], base: base) }
        if !groups.isEmpty { object["memberOf"] = groups.map { node($0.group, titleKinds: [:], base: base) } }
        return object
    }

    static func organization(_ organization: Organization, base: String) -> [String: Any] {
        var object: [String: Any] = [
            "@context": context, "@type": organization.kind == .group ? "MusicGroup" : "Organization",
            "name": organization.name, "url": base + Paths.of(organization.ref),
        ]
        if let native = organization.nativeName { object["alternateName"] = [native] + organization.aliases }
        if !organization.description.isEmpty { object["description"] = organization.description }
        if let founded = organization.founded { object["foundingDate"] = founded }
        if let website = organization.website { object["sameAs"] = [website] }
        return object
    }

    /// A reference to an entity: its type, name and page.
    static func node(_ ref: EntityRef, titleKinds: [String: TitleKind], base: String) -> [String: Any] {
        let type: String =
            switch ref.kind {
            case .person: "Person"
            case .title: titleKinds[ref.slug] == .film ? "Movie" : "TVSeries"
            case .organization: "Organization"
            case .couple: "Thing"
            case .character: "Person"
            case .article: "NewsArticle"
            case .tag: "DefinedTerm"
            }
        var object: [String: Any] = ["@type": type, "name": ref.name, "url": base + Paths.of(ref, titleKind: titleKinds[ref.slug])]
        if let native = ref.nativeName { object["alternateName"] = native }
        return object
    }
}
