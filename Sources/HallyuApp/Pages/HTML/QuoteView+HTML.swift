import HallyuCore

extension QuoteView {
    /// A quote card with its speaker and where it was said (`partials/quote.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<figure class=\"quote-card\">\n  <blockquote><p>")
        html.ko(text)
        html.raw("</p></blockquote>\n  <figcaption>— ")
        html.link(speaker.url) { $0.ko(speaker.name) }
        if paraphrased { html.raw(", paraphrased") }
        if context != "" {
            html.raw(", ")
            html.ko(context)
        }
        if let date {
            html.raw(" (")
            html.ko(date)
            html.raw(")")
        }
        if let source {
            html.raw(". Source: ")
            html.link(source.url) { $0.ko(source.name) }
        }
        if let sourceURL {
            html.raw(". <a href=\"")
            html.text(sourceURL)
            html.raw("\" rel=\"nofollow noopener\">Source</a>")
        }
        html.raw("</figcaption>\n</figure>\n")
    }
}
