import HallyuCore

/// An article as readers see it.
struct ArticlePage: Encodable, Sendable {
    var meta: PageMeta
    var title: String
    var dek: String
    var byline: String
    var date: String
    var dateISO: String
    var readingMinutes: Int
    var hero: ImageView?
    /// The body split after its second section, where the first picks are shown; empty
    /// `bodyRest` when the body has fewer sections (then the picks are only at the end).
    var bodyLead: String
    var bodyRest: String
    var inlineRelated: [ArticleCard]
    var factsBoxes: [FactsBox]
    var subjects: [LinkItem]
    var tags: [LinkItem]
    var related: [ArticleCard]
    var comments: CommentsSection
    var polls: [PollView]
    var share: ShareView
}

/// The facts of a title the story is about.
struct FactsBox: Encodable, Sendable {
    var name: String
    var nativeName: String?
    var url: String
    var kind: String
    var networks: [LinkItem]
    var platforms: [LinkItem]
    var airDates: String?
    var episodes: Int?
    var genres: String
    var leads: [CastLine]

    init(title: Title, credits: [Credit]) {
        name = title.name
        nativeName = title.nativeName
        url = Paths.of(title.ref, titleKind: title.kind)
        kind = title.kind.rawValue
        networks = title.networks.map { LinkItem($0) }
        platforms = title.platforms.map { LinkItem($0) }
        airDates = Formatting.airDates(title)
        episodes = title.episodes
        genres = title.genres.joined(separator: ", ")
        leads = credits.filter { $0.billing == .lead }.map(CastLine.init)
    }
}
