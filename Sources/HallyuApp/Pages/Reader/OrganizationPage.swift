import HallyuCore

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
