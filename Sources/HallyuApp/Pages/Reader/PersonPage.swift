import HallyuCore

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
