import Foundation
import HallyuCore
import Vapor

/// What the write API takes to add titles, organizations, couples, status entries, quotes and
/// credits; each checks itself and says what is wrong in words.
enum KnowledgeInputs {
    static func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    static func date(_ text: String?, _ field: String) throws -> CalendarDate? {
        guard !clean(text).isEmpty else { return nil }
        guard let date = CalendarDate(clean(text)) else { throw Abort(.badRequest, reason: "\(field) must be YYYY-MM-DD.") }
        return date
    }

    static func ref(_ kind: EntityKind, _ slug: String?, _ field: String) throws -> EntityRef {
        let slug = clean(slug)
        guard Slug.isValid(slug) else { throw Abort(.badRequest, reason: "\(field) must be a slug, such as han-so-hee.") }
        return EntityRef(kind: kind, slug: slug, name: slug)
    }

    static func optionalRef(_ kind: EntityKind, _ slug: String?, _ field: String) throws -> EntityRef? {
        clean(slug).isEmpty ? nil : try ref(kind, slug, field)
    }

    static func limit(_ text: String, _ field: String, _ count: Int) throws {
        if text.count > count { throw Abort(.badRequest, reason: "\(field) may be at most \(count) characters.") }
    }

    struct TitleInput: Content {
        var kind: String?
        var name: String?
        var nativeName: String?
        var aliases: [String]?
        var synopsis: String?
        var firstAired: String?
        var lastAired: String?
        var episodes: Int?
        var networks: [String]?
        var platforms: [String]?
        var genres: [String]?
        /// Editing only: a new slug.
        var slug: String?

        /// This input laid over `title`: what an edit does not send stays.
        func over(_ title: Title) -> TitleInput {
            TitleInput(
                kind: kind ?? title.kind.rawValue, name: name ?? title.name, nativeName: nativeName ?? title.nativeName,
                aliases: aliases ?? title.aliases, synopsis: synopsis ?? title.synopsis,
                firstAired: firstAired ?? title.firstAired?.description, lastAired: lastAired ?? title.lastAired?.description,
                episodes: episodes ?? title.episodes, networks: networks ?? title.networks.map(\.slug),
                platforms: platforms ?? title.platforms.map(\.slug), genres: genres ?? title.genres, slug: slug ?? title.slug)
        }

        func title() throws -> Title {
            guard let kind = TitleKind(rawValue: clean(kind).isEmpty ? "drama" : clean(kind)) else {
                throw Abort(.badRequest, reason: "kind is drama or film.")
            }
            guard !clean(name).isEmpty else { throw Abort(.badRequest, reason: "Give the title's name.") }
            try limit(clean(name), "name", 300)
            try limit(clean(synopsis), "synopsis", 5000)
            if let episodes, !(1...10_000).contains(episodes) { throw Abort(.badRequest, reason: "episodes is a number from 1.") }
            if !clean(slug).isEmpty && !Slug.isValid(clean(slug)) { throw Abort(.badRequest, reason: "slug must be a slug.") }
            return Title(
                id: "", slug: clean(slug), kind: kind, name: clean(name), nativeName: clean(nativeName).isEmpty ? nil : clean(nativeName),
                aliases: (aliases ?? []).map { clean($0) }.filter { !$0.isEmpty }, synopsis: clean(synopsis),
                firstAired: try date(firstAired, "firstAired"), lastAired: try date(lastAired, "lastAired"), episodes: episodes,
                networks: try (networks ?? []).map { try ref(.organization, $0, "networks") },
                platforms: try (platforms ?? []).map { try ref(.organization, $0, "platforms") },
                genres: (genres ?? []).map { clean($0) }.filter { !$0.isEmpty })
        }
    }

    struct OrganizationInput: Content {
        var kind: String?
        var name: String?
        var nativeName: String?
        var aliases: [String]?
        var description: String?
        var founded: String?
        var website: String?
        /// Editing only: a new slug.
        var slug: String?

        func over(_ organization: Organization) -> OrganizationInput {
            OrganizationInput(
                kind: kind ?? organization.kind.rawValue, name: name ?? organization.name,
                nativeName: nativeName ?? organization.nativeName, aliases: aliases ?? organization.aliases,
                description: description ?? organization.description, founded: founded ?? organization.founded,
                website: website ?? organization.website, slug: slug ?? organization.slug)
        }

        func organization() throws -> Organization {
            guard let kind = OrganizationKind(rawValue: clean(kind)) else {
                throw Abort(.badRequest, reason: "kind is one of \(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            guard !clean(name).isEmpty else { throw Abort(.badRequest, reason: "Give the organization's name.") }
            try limit(clean(description), "description", 5000)
            if !clean(slug).isEmpty && !Slug.isValid(clean(slug)) { throw Abort(.badRequest, reason: "slug must be a slug.") }
            return Organization(
                id: "", slug: clean(slug), name: clean(name), nativeName: clean(nativeName).isEmpty ? nil : clean(nativeName),
                kind: kind, aliases: (aliases ?? []).map { clean($0) }.filter { !$0.isEmpty },
                description: clean(description), founded: clean(founded).isEmpty ? nil : clean(founded),
                website: clean(website).isEmpty ? nil : clean(website))
        }
    }

    struct StatusInput: Content {
        var status: String?
        var date: String?
        var statement: String?
        var sourceArticle: String?
        var sourceUrl: String?

        func entry() throws -> StatusEntry {
            guard let status = RelationshipStatus(rawValue: clean(status)) else {
                throw Abort(.badRequest, reason: "status is one of \(RelationshipStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            guard let day = try KnowledgeInputs.date(date, "date") else { throw Abort(.badRequest, reason: "Give the date, YYYY-MM-DD.") }
            try limit(clean(statement), "statement", 2000)
            return StatusEntry(
                status: status, date: day, statement: clean(statement),
                sourceArticle: try optionalRef(.article, sourceArticle, "sourceArticle"),
                sourceURL: clean(sourceUrl).isEmpty ? nil : clean(sourceUrl))
        }
    }

    struct CoupleInput: Content {
        var first: String?
        var second: String?
        var note: String?
        var timeline: [StatusInput]?

        func couple() throws -> Couple {
            try limit(clean(note), "note", 2000)
            return Couple(
                id: "", slug: "", first: try ref(.person, first, "first"), second: try ref(.person, second, "second"),
                note: clean(note), timeline: try (timeline ?? []).map { try $0.entry() })
        }
    }

    struct SubjectInput: Content {
        var kind: String
        var slug: String
    }

    struct QuoteInput: Content {
        var text: String?
        var kind: String?
        var speaker: String?
        var about: [SubjectInput]?
        var sourceArticle: String?
        var sourceUrl: String?
        var date: String?
        var context: String?

        func quote() throws -> Quote {
            guard let kind = QuoteKind(rawValue: clean(kind).isEmpty ? "verbatim" : clean(kind)) else {
                throw Abort(.badRequest, reason: "kind is verbatim or paraphrased.")
            }
            try limit(clean(text), "text", 2000)
            return Quote(
                id: "", text: clean(text), kind: kind, speaker: try ref(.person, speaker, "speaker"),
                about: try (about ?? []).map { subject in
                    guard let kind = EntityKind(rawValue: subject.kind), [.person, .title, .organization, .couple].contains(kind)
                    else { throw Abort(.badRequest, reason: "about holds people, titles, organizations or couples.") }
                    return try ref(kind, subject.slug, "about")
                },
                sourceArticle: try optionalRef(.article, sourceArticle, "sourceArticle"),
                sourceURL: clean(sourceUrl).isEmpty ? nil : clean(sourceUrl), date: try KnowledgeInputs.date(date, "date"),
                context: clean(context))
        }
    }

    struct CreditInput: Content {
        var person: String?
        var title: String?
        var characterName: String?
        var characterNativeName: String?
        var billing: String?
        var order: Int?

        func credit() throws -> Credit {
            guard let billing = Billing(rawValue: clean(billing).isEmpty ? "support" : clean(billing)) else {
                throw Abort(.badRequest, reason: "billing is lead, support or cameo.")
            }
            return Credit(
                id: "", person: try ref(.person, person, "person"), title: try ref(.title, title, "title"), titleKind: .drama,
                characterName: clean(characterName).isEmpty ? nil : clean(characterName),
                characterNativeName: clean(characterNativeName).isEmpty ? nil : clean(characterNativeName),
                billing: billing, order: order ?? 0)
        }
    }
}
