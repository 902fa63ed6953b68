import Foundation
import HallyuCore
import Vapor

/// The title and organization forms: lists are typed separated by commas; each form turns into
/// the API's input, so the pages and the API check alike.
enum EntryForms {
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Names, one per line: a name may hold a comma ("Nevertheless,").
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An entry's fields, and for one that exists its slug, which may be renamed.
    static func withSlugField(_ fields: [NewsroomFormField], slug: String?, isNew: Bool) -> [NewsroomFormField] {
        guard !isNew else { return fields }
        return fields + [
            .init(
                name: "slug", label: "Slug", hint: "changing it leaves the old address redirecting",
                value: slug ?? "", pattern: "[a-z0-9]+(-[a-z0-9]+)*")
        ]
    }

    struct TitleForm: Content {
        var kind, name, nativeName, aliases, synopsis, firstAired, lastAired, episodes, networks, platforms, genres, slug: String?
        var _csrf: String?

        init() {}

        init(_ title: Title) {
            kind = title.kind.rawValue
            name = title.name
            nativeName = title.nativeName
            aliases = title.aliases.joined(separator: "\n")
            synopsis = title.synopsis
            firstAired = title.firstAired?.description
            lastAired = title.lastAired?.description
            episodes = title.episodes.map(String.init)
            networks = title.networks.map(\.slug).joined(separator: ", ")
            platforms = title.platforms.map(\.slug).joined(separator: ", ")
            genres = title.genres.joined(separator: ", ")
            slug = title.slug
        }

        func title() throws -> Title {
            let count = (episodes ?? "").trimmingCharacters(in: .whitespaces)
            guard count.isEmpty || Int(count) != nil else { throw Abort(.badRequest, reason: "Episodes is a number.") }
            return try KnowledgeInputs.TitleInput(
                kind: kind, name: name, nativeName: nativeName, aliases: EntryForms.lines(aliases), synopsis: synopsis,
                firstAired: firstAired, lastAired: lastAired, episodes: Int(count), networks: EntryForms.list(networks),
                platforms: EntryForms.list(platforms), genres: EntryForms.list(genres), slug: slug
            ).title()
        }

        func fields(isNew: Bool) -> [NewsroomFormField] {
            let fields: [NewsroomFormField] = [
                .init(name: "kind", label: "Kind", hint: "", value: kind ?? "drama", type: "select", options: ["drama", "film"]),
                .init(name: "name", label: "Name", hint: "as readers know it", value: name ?? "", type: "text", options: []),
                .init(name: "nativeName", label: "Name in Hangul", hint: "", value: nativeName ?? "", type: "text", options: []),
                .init(name: "aliases", label: "Other names", hint: "one per line", value: aliases ?? "", type: "textarea", options: []),
                .init(name: "firstAired", label: "First aired", hint: "YYYY-MM-DD", value: firstAired ?? "", type: "text", options: []),
                .init(name: "lastAired", label: "Last aired", hint: "YYYY-MM-DD", value: lastAired ?? "", type: "text", options: []),
                .init(name: "episodes", label: "Episodes", hint: "", value: episodes ?? "", type: "text", options: []),
                .init(name: "networks", label: "Networks", hint: "slugs, separated by commas", value: networks ?? "", type: "text", options: []),
                .init(name: "platforms", label: "Streaming", hint: "slugs, separated by commas", value: platforms ?? "", type: "text", options: []),
                .init(name: "genres", label: "Genres", hint: "separated by commas", value: genres ?? "", type: "text", options: []),
                .init(name: "synopsis", label: "Synopsis", hint: "", value: synopsis ?? "", type: "textarea", options: []),
            ]
            return EntryForms.withSlugField(fields, slug: slug, isNew: isNew)
        }
    }

    struct OrganizationForm: Content {
        var kind, name, nativeName, aliases, description, founded, website, slug: String?
        var _csrf: String?

        init() {}

        init(_ organization: Organization) {
            kind = organization.kind.rawValue
            name = organization.name
            nativeName = organization.nativeName
            aliases = organization.aliases.joined(separator: "\n")
            description = organization.description
            founded = organization.founded
            website = organization.website
            slug = organization.slug
        }

        func organization() throws -> Organization {
            try KnowledgeInputs.OrganizationInput(
                kind: kind, name: name, nativeName: nativeName, aliases: EntryForms.lines(aliases),
                description: description, founded: founded, website: website, slug: slug
            )
            .organization()
        }

        func fields(isNew: Bool) -> [NewsroomFormField] {
            let fields: [NewsroomFormField] = [
                .init(
                    name: "kind", label: "Kind", hint: "", value: kind ?? "network", type: "select",
                    options: OrganizationKind.allCases.map(\.rawValue)),
                .init(name: "name", label: "Name", hint: "", value: name ?? "", type: "text", options: []),
                .init(name: "nativeName", label: "Name in Hangul", hint: "", value: nativeName ?? "", type: "text", options: []),
                .init(name: "aliases", label: "Other names", hint: "one per line", value: aliases ?? "", type: "textarea", options: []),
                .init(name: "founded", label: "Founded", hint: "a year or YYYY-MM-DD", value: founded ?? "", type: "text", options: []),
                .init(name: "website", label: "Website", hint: "https://…", value: website ?? "", type: "text", options: []),
                .init(name: "description", label: "Description", hint: "", value: description ?? "", type: "textarea", options: []),
            ]
            return EntryForms.withSlugField(fields, slug: slug, isNew: isNew)
        }
    }
}
