import HallyuCore

extension HomePage: ReaderPage {
    static var template: String { "home/index" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--home\">\n")
        if let featured { Self.writeFeatured(featured, into: &html) }
        html.raw(
            """
              <div class="home-grid">
                <section class="section" aria-labelledby="latest">
                  <h2 id="latest">Latest stories</h2>
                  <div class="cards">

            """)
        for card in latest { card.write(&html) }
        html.raw("\n      </div>\n")
        pager.write(&html)
        html.raw("\n    </section>\n    <aside class=\"trending\" aria-label=\"Trending\">\n")
        Self.writeChips("Trending people", trendingPeople, into: &html)
        Self.writeChips("Trending dramas", trendingTitles, into: &html)
        html.raw("    </aside>\n  </div>\n</div>")
    }

    private static func writeFeatured(_ card: ArticleCard, into html: inout HTMLWriter) {
        html.raw("  <section class=\"featured\" aria-label=\"Featured story\">\n    ")
        if let image = card.image {
            html.raw("<a class=\"featured__image\" href=\"")
            html.text(card.url)
            html.raw("\" tabindex=\"-1\" aria-hidden=\"true\">")
            image.writeImage(&html, alt: "", sizes: ImageSizes.featured, loading: .first)
            html.raw("</a>")
        }
        html.raw("\n    <div class=\"featured__text\">\n      <p class=\"kicker\">Featured</p>\n      <h1 class=\"featured__title\">")
        html.link(card.url) { $0.ko(card.title) }
        html.raw("</h1>\n      <p class=\"dek\">")
        html.ko(card.dek)
        html.raw("</p>\n      ")
        card.writeByline(&html)
        html.raw("\n    </div>\n  </section>\n")
    }

    private static func writeChips(_ heading: String, _ items: [LinkItem], into html: inout HTMLWriter) {
        guard !items.isEmpty else { return }
        html.raw("      <h2>")
        html.raw(heading)
        html.raw("</h2>\n      ")
        html.chipList(items)
        html.raw("\n")
    }
}
