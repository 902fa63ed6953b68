import HallyuCore

extension ArticleCard {
    /// A story in a grid of cards (`partials/card.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<article class=\"card\">\n  ")
        if let image {
            html.raw("<a class=\"card__image\" href=\"")
            html.text(url)
            html.raw("\" tabindex=\"-1\" aria-hidden=\"true\">")
            image.writeImage(&html, alt: "", sizes: imageSizes, loading: .lazy)
            html.raw("</a>")
        }
        html.raw("\n  <div class=\"card__text\">\n    <h3 class=\"card__title\">")
        html.link(url) { $0.ko(title) }
        html.raw("</h3>\n    <p class=\"card__dek\">")
        html.ko(dek)
        html.raw("</p>\n    ")
        writeByline(&html)
        html.raw("\n  </div>\n</article>\n")
    }

    /// "By-line · date" under a title.
    func writeByline(_ html: inout HTMLWriter) {
        html.raw("<p class=\"meta\">")
        html.ko(byline)
        html.raw(" · ")
        writeDate(&html)
        html.raw("</p>")
    }

    /// The publication day in a `<time>` element.
    func writeDate(_ html: inout HTMLWriter) {
        html.raw("<time datetime=\"")
        html.text(dateISO)
        html.raw("\">")
        html.ko(date)
        html.raw("</time>")
    }
}
