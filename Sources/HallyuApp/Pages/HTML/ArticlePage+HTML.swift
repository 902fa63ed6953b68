import HallyuCore

extension ArticlePage: ReaderPage {
    static var template: String { "articles/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<article class=\"page page--article\">\n  <header class=\"article-head\">\n")
        if !tags.isEmpty {
            html.raw("    <p class=\"kicker\">")
            html.separated(tags, by: " · ") { html, tag in html.link(tag.url) { $0.ko(tag.name) } }
            html.raw("</p>\n")
        }
        html.raw("    <h1 class=\"article-head__title\">")
        html.ko(title)
        html.raw("</h1>\n")
        if dek != "" {
            html.raw("    <p class=\"dek\">")
            html.ko(dek)
            html.raw("</p>\n")
        }
        html.raw("    <p class=\"meta\">By ")
        html.ko(byline)
        html.raw(" · <time datetime=\"")
        html.text(dateISO)
        html.raw("\">")
        html.ko(date)
        html.raw("</time> · ")
        html.number(readingMinutes)
        html.raw(" min read")
        if comments.count > 0 {
            html.raw(" · <a href=\"#comments\">")
            if comments.count == 1 {
                html.raw("1 comment")
            } else {
                html.number(comments.count)
                html.raw(" comments")
            }
            html.raw("</a>")
        }
        html.raw("</p>\n  </header>\n")
        if let hero { hero.writeHero(&html) }
        html.raw("  <div class=\"article-layout\">\n    <div class=\"prose\">\n")
        html.raw(bodyLead)
        html.raw("\n")
        if !inlineRelated.isEmpty {
            html.raw(
                """
                      <aside class="inline-related" aria-labelledby="inline-related">
                        <h2 id="inline-related" class="inline-related__title">You might like</h2>
                        <ul>
                """)
            for card in inlineRelated {
                html.raw("<li>")
                html.link(card.url) { $0.ko(card.title) }
                html.raw("</li>")
            }
            html.raw("</ul>\n      </aside>\n")
        }
        html.raw(bodyRest)
        html.raw("\n")
        for poll in polls { poll.write(&html) }
        html.raw("\n")
        share.write(&html)
        html.raw("\n    </div>\n    <div class=\"article-side\">\n")
        for facts in factsBoxes { facts.write(&html) }
        html.raw("\n")
        if !subjects.isEmpty {
            html.raw(
                """
                      <section class="about-box" aria-label="In this story">
                        <h2>In this story</h2>

                """)
            html.chipList(subjects)
            html.raw("\n      </section>\n")
        }
        html.raw("    </div>\n  </div>\n")
        if !related.isEmpty {
            html.raw(
                """
                  <section class="section related" aria-labelledby="related">
                    <h2 id="related">You might like</h2>
                    <div class="cards cards--compact">

                """)
            for card in related { card.write(&html) }
            html.raw("\n    </div>\n  </section>\n")
        }
        comments.write(&html)
        html.raw("\n</article>")
    }
}

extension ImageView {
    /// The figure at the top of a story, with its caption, credit and licence.
    func writeHero(_ html: inout HTMLWriter) {
        writeFigure(&html, className: "hero", sizes: ImageSizes.hero, loading: .first)
    }
}
