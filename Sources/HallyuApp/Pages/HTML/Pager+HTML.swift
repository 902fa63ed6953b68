import HallyuCore

extension Pager {
    /// Newer and older pages of a list; nothing for a list of one page (`partials/pager.leaf`).
    func write(_ html: inout HTMLWriter) {
        guard pageCount > 1 else { return }
        html.raw("<nav class=\"pager\" aria-label=\"Pages\">\n")
        if let previousURL {
            html.raw("<a rel=\"prev\" href=\"")
            html.text(previousURL)
            html.raw("\">← Newer</a>\n")
        }
        html.raw("  <span>Page ")
        html.number(page)
        html.raw(" of ")
        html.number(pageCount)
        html.raw("</span>\n")
        if let nextURL {
            html.raw("<a rel=\"next\" href=\"")
            html.text(nextURL)
            html.raw("\">Older →</a>\n")
        }
        html.raw("</nav>\n")
    }
}
