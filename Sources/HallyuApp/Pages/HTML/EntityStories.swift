import HallyuCore

/// An entity page's stories about it and the ones that only mention it (`partials/stories.leaf`).
enum EntityStories {
    static func write(articles: [ArticleCard], pager: Pager, mentionedIn: MentionList, into html: inout HTMLWriter) {
        if !articles.isEmpty {
            html.raw("<section class=\"section\" aria-labelledby=\"stories\">\n  <h2 id=\"stories\">Stories</h2>\n  <div class=\"cards\">\n")
            for card in articles { card.write(&html) }
            html.raw("\n  </div>\n")
            pager.write(&html)
            html.raw("\n</section>\n")
        }
        if !mentionedIn.items.isEmpty {
            html.raw("<section class=\"section\" aria-labelledby=\"mentioned-in\">\n  <h2 id=\"mentioned-in\">Also mentioned in</h2>\n")
            html.raw("  <ul class=\"mentions\">\n  ")
            for card in mentionedIn.items {
                html.raw("<li>")
                html.link(card.url) { $0.ko(card.title) }
                html.raw(" ")
                card.writeDate(&html)
                html.raw("</li>")
            }
            html.raw("\n  </ul>\n")
            if mentionedIn.more > 0 {
                html.raw("<p class=\"meta\">and ")
                html.number(mentionedIn.more)
                html.raw(" more</p>\n")
            }
            html.raw("</section>\n")
        }
    }
}
