import HallyuCore

extension SearchPage: ReaderPage {
    static var template: String { "search/index" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw(
            """
            <div class="page page--search">
              <form class="search-form" action="/search" method="get" role="search">
                <label for="search-query"><h1>Search</h1></label>
                <div class="search-form__row">
                  <input id="search-query" type="search" name="q" value="
            """)
        html.text(query)
        html.raw("\" maxlength=\"200\" placeholder=\"A name in any spelling, a title, a few words\">\n")
        if kind != "all" {
            html.raw("<input type=\"hidden\" name=\"kind\" value=\"")
            html.text(kind)
            html.raw("\">\n")
        }
        html.raw("      <button type=\"submit\">Search</button>\n    </div>\n  </form>\n")
        if query != "" {
            html.raw("  <nav class=\"chips search-kinds\" aria-label=\"Narrow the search\">\n    ")
            for link in kinds {
                if link.current {
                    html.raw("<span class=\"chip chip--current\" aria-current=\"page\">")
                    html.text(link.label)
                    html.raw("</span>")
                } else {
                    html.raw("<a class=\"chip\" href=\"")
                    html.text(link.url)
                    html.raw("\">")
                    html.text(link.label)
                    html.raw("</a>")
                }
                html.raw(" ")
            }
            html.raw("\n  </nav>\n")
        }
        if let message {
            html.raw("<p class=\"search-message\">")
            html.text(message)
            html.raw("</p>\n")
        }
        if !entities.isEmpty { writeEntities(&html) }
        if !results.isEmpty { writeResults(&html) }
        html.raw("</div>")
    }

    private func writeEntities(_ html: inout HTMLWriter) {
        html.raw(
            """
              <section class="section" aria-labelledby="search-entities">
                <h2 id="search-entities" class="visually-hidden">People, dramas and more</h2>
                <ul class="entity-cards">

            """)
        for entity in entities {
            html.raw("      <li class=\"entity-card\"><a href=\"")
            html.text(entity.url)
            html.raw("\"><span class=\"entity-card__name\">")
            html.ko(entity.name)
            html.raw("</span>")
            html.native(entity.nativeName, className: "native")
            html.raw("</a>\n        <span class=\"entity-card__summary\">")
            html.ko(entity.summary)
            html.raw("</span></li>\n")
        }
        html.raw("    </ul>\n  </section>\n")
    }

    private func writeResults(_ html: inout HTMLWriter) {
        html.raw("  <section class=\"section\" aria-labelledby=\"search-articles\">\n    <h2 id=\"search-articles\">")
        html.text(heading)
        html.raw("</h2>\n")
        if let narrowing {
            html.raw("<p class=\"meta\">")
            html.text(narrowing)
            html.raw("</p>\n")
        }
        html.raw("    <ol class=\"search-results\">\n")
        for result in results {
            html.raw("      <li class=\"search-result\">\n        <h3 class=\"card__title\">")
            html.link(result.card.url) { $0.ko(result.card.title) }
            // The snippet escapes the article's text itself and adds only `<mark>`.
            html.raw("</h3>\n        <p class=\"search-result__snippet\">")
            html.raw(result.snippet)
            html.raw("</p>\n        ")
            result.card.writeByline(&html)
            html.raw("\n      </li>\n")
        }
        html.raw("    </ol>\n")
        pager.write(&html)
        html.raw("\n  </section>\n")
    }
}
