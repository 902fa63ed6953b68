import HallyuCore

/// `/dramas/{slug}` and `/films/{slug}`.
struct TitlePage: Encodable, Sendable {
    var meta: PageMeta
    var facts: FactsBox
    var aliases: [String]
    var synopsis: String
    var cast: [CastLine]
    var couples: [CoupleCard]
    var articles: [ArticleCard]
    var pager: Pager
    var mentionedIn: MentionList
}

/// `/people/{slug}`.
struct PersonPage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var nativeName: String?
    var aliases: [String]
    /// "18 November 1994 in Ulsan", or whichever of the two is known.
    var born: String?
    var occupations: String
    var agency: LinkItem?
    var bio: String
    var filmography: [CastLine]
    var groups: [GroupLine]
    var couples: [CoupleCard]
    var quotesBy: [QuoteView]
    var quotesAbout: [QuoteView]
    var articles: [ArticleCard]
    var pager: Pager
    var mentionedIn: MentionList

    struct GroupLine: Encodable, Sendable {
        var group: LinkItem
        var current: Bool
        var since: String?
        var until: String?
    }

    static func born(_ person: Person) -> String? {
        switch (person.birthDate?.longForm, person.birthplace) {
        case let (date?, place?): date + " in " + place
        case let (date, place): date ?? place
        }
    }
}

/// `/organizations/{slug}`.
struct OrganizationPage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var nativeName: String?
    var kind: String
    var kindLabel: String
    var aliases: [String]
    var description: String
    var founded: String?
    var website: String?
    var members: [MemberLine]
    var titles: [LinkItem]
    var clients: [LinkItem]
    var articles: [ArticleCard]
    var pager: Pager
    var mentionedIn: MentionList

    struct MemberLine: Encodable, Sendable {
        var person: LinkItem
        var current: Bool
    }
}

/// `/couples/{slug}`.
struct CouplePage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var first: LinkItem
    var second: LinkItem
    var note: String
    var status: String?
    var together: [SharedTitle]
    var timeline: [TimelineEntry]
    var quotes: [QuoteView]
    var articles: [ArticleCard]
    var pager: Pager
    var mentionedIn: MentionList
    var polls: [PollView]
    var share: ShareView

    struct SharedTitle: Encodable, Sendable {
        var title: LinkItem
        var first: CastLine
        var second: CastLine
    }

    struct TimelineEntry: Encodable, Sendable {
        var status: String
        var statusLabel: String
        var date: String
        var dateISO: String
        var statement: String
        var source: LinkItem?
        var sourceURL: String?
    }
}

/// `/tags/{slug}`.
struct TagPage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var articles: [ArticleCard]
    var pager: Pager
    /// Tags are chosen by writers, never found in the text.
    var mentionedIn = MentionList(items: [], more: 0)
}

/// 404 and 500 pages.
struct ErrorPageContext: Encodable, Sendable {
    var meta: PageMeta
    var status: Int
    var heading: String
    var message: String
}
