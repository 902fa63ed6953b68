import HallyuCore
import Vapor

/// A role, as the API gives it on title and person records.
struct CreditDTO: Content {
    struct Character: Content {
        var name: String
        var nativeName: String?
        var shortNames: [String]
        var slug: String?
        var url: String?
    }

    var person: EntityRef
    var title: EntityRef
    var titleKind: String
    var character: Character?
    var billing: String
    var order: Int

    init(_ credit: Credit, base: String) {
        person = credit.person
        title = credit.title
        titleKind = credit.titleKind.rawValue
        character = credit.characterName.map {
            Character(
                name: $0, nativeName: credit.characterNativeName, shortNames: credit.characterShortNames,
                slug: credit.characterSlug, url: Paths.character(credit).map { base + $0 })
        }
        billing = credit.billing.rawValue
        order = credit.order
    }
}

struct TitleDTO: Content {
    var id, slug, kind, name: String
    var nativeName: String?
    var aliases: [String]
    var synopsis: String
    var firstAired, lastAired: String?
    var episodes: Int?
    var networks, platforms: [EntityRef]
    var genres: [String]
    var cast: [CreditDTO]
    var couples: [EntityRef]
}

struct PersonDTO: Content {
    struct Group: Content {
        var group: EntityRef
        var current: Bool
        var since, until: String?
    }
    var id, slug, name: String
    var nativeName: String?
    var aliases: [String]
    var birthDate: String?
    var birthplace: String?
    var occupations: [String]
    var agency: EntityRef?
    var bio: String
    var credits: [CreditDTO]
    var groups: [Group]
    var couples: [EntityRef]
    var quotes: [QuoteDTO]
}

struct OrganizationDTO: Content {
    struct Member: Content {
        var person: EntityRef
        var current: Bool
    }
    var id, slug, name, kind: String
    var nativeName: String?
    var aliases: [String]
    var description: String
    var founded, website: String?
    var members: [Member]
    var titles: [EntityRef]
}

struct CoupleDTO: Content {
    struct Together: Content {
        var title: EntityRef
        var characters: [CreditDTO]
    }
    struct Entry: Content {
        var status, date, statement: String
        var source: EntityRef?
        var sourceUrl: String?
    }
    var id, slug, name: String
    var people: [EntityRef]
    var note: String
    var status: String?
    var titles: [Together]
    var timeline: [Entry]
    var quotes: [QuoteDTO]
}

struct QuoteDTO: Content {
    var id, text, kind: String
    var speaker: EntityRef
    var about: [EntityRef]
    var source: EntityRef?
    var sourceUrl: String?
    var date: String?
    var context: String

    init(_ quote: Quote) {
        id = quote.id
        text = quote.text
        kind = quote.kind.rawValue
        speaker = quote.speaker
        about = quote.about
        source = quote.sourceArticle
        sourceUrl = quote.sourceURL
        date = quote.date?.description
        context = quote.context
    }
}

extension PersonDTO {
    /// The person as `GET /api/v1/people/{slug}` answers, which the write API answers with too.
    init(_ person: Person, on req: Request) async throws {
        let base = req.application.config.publicURL.absoluteString
        self.init(
            id: person.id, slug: person.slug, name: person.name, nativeName: person.nativeName, aliases: person.aliases,
            birthDate: person.birthDate?.description, birthplace: person.birthplace, occupations: person.occupations,
            agency: person.agency, bio: person.bio,
            credits: try await req.knowledge.credits(ofPerson: person).map { CreditDTO($0, base: base) },
            groups: try await req.knowledge.memberships(ofPerson: person).map {
                .init(group: $0.group, current: $0.current, since: $0.since?.description, until: $0.until?.description)
            },
            couples: try await req.knowledge.couples(involving: person).map(\.ref),
            quotes: try await req.knowledge.quotes(by: person).map(QuoteDTO.init))
    }
}
