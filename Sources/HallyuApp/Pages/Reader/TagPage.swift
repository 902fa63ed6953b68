import HallyuCore

/// `/tags/{slug}`.
struct TagPage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var articles: [ArticleCard]
    var pager: Pager
    /// Tags are chosen by writers, never found in the text.
    var mentionedIn = MentionList(items: [], more: 0)
}
