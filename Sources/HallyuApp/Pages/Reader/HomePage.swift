/// The front page.
struct HomePage: Encodable, Sendable {
    var meta: PageMeta
    var featured: ArticleCard?
    var latest: [ArticleCard]
    var trendingPeople: [LinkItem]
    var trendingTitles: [LinkItem]
    var pager: Pager
}
