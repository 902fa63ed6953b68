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
