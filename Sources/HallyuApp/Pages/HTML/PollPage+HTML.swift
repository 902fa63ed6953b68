import HallyuCore

extension PollPageController.Context: ReaderPage {
    static var template: String { "polls/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--poll\">\n  <p class=\"kicker\">Reader poll</p>\n")
        poll.write(&html)
        html.raw("\n  <p><a class=\"button\" href=\"")
        html.text(backURL)
        html.raw("#poll-")
        html.text(poll.id)
        html.raw("\">Back to ")
        html.ko(backName)
        html.raw("</a></p>\n</div>")
    }
}
