import HallyuCore

extension ErrorPageContext: ReaderPage {
    static var template: String { "errors/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--error\">\n  <p class=\"kicker\">Error ")
        html.number(status)
        html.raw("</p>\n  <h1>")
        html.ko(heading)
        html.raw("</h1>\n  <p>")
        html.ko(message)
        html.raw("</p>\n")
        html.raw("  <p><a class=\"button\" href=\"/\">Go to the front page</a></p>\n</div>")
    }
}
