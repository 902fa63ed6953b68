import HallyuCore

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
