import HallyuCore

extension TagPage: ReaderPage {
    static var template: String { "tags/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page\">\n  <header class=\"entity-head\"><p class=\"kicker\">Tag</p><h1>")
        html.ko(name)
        html.raw("</h1></header>\n")
        if articles.isEmpty {
            html.raw("  <p>No stories carry this tag yet.</p>\n")
        } else {
            html.raw("  <div class=\"cards\">")
            for card in articles { card.write(&html) }
            html.raw("</div>\n")
            pager.write(&html)
        }
        html.raw("</div>")
    }
}
