import HallyuCore

extension PollView {
    /// The poll's results, or its form for a reader who has not voted (`partials/poll.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<section class=\"poll\" id=\"poll-")
        html.text(id)
        html.raw("\" aria-labelledby=\"poll-")
        html.text(id)
        html.raw("-question\" data-poll=\"")
        html.text(id)
        html.raw("\" data-closing=\"")
        html.text(closing)
        html.raw("\">\n")
        html.raw("  <h2 class=\"poll__question\" id=\"poll-")
        html.text(id)
        html.raw("-question\">")
        html.ko(question)
        html.raw("</h2>\n")
        if showResults { writeResults(&html) } else { writeForm(&html) }
        html.raw("</section>\n")
    }

    private func writeResults(_ html: inout HTMLWriter) {
        html.raw("  <ol class=\"poll__results\">\n")
        for choice in choices {
            html.raw("    <li class=\"poll__result")
            if choice.isLeading { html.raw(" poll__result--leading") }
            html.raw("\">\n")
            html.raw("      <span class=\"poll__label\">")
            html.ko(choice.label)
            html.raw("</span>\n")
            html.raw("      <span class=\"poll__figures\">")
            html.number(choice.percent)
            html.raw("% <span class=\"poll__count\">(")
            html.number(choice.votes)
            html.raw(")</span></span>\n")
            html.raw("      <progress class=\"poll__bar\" max=\"100\" value=\"")
            html.number(choice.percent)
            html.raw("\" aria-hidden=\"true\">")
            html.number(choice.percent)
            html.raw("%</progress>\n    </li>\n")
        }
        html.raw("  </ol>\n  <p class=\"poll__meta\">")
        html.number(totalVotes)
        html.raw(totalVotes == 1 ? " vote" : " votes")
        if voted { html.raw(" · Thanks for voting") }
        if closing != "" {
            html.raw(" · ")
            html.text(closing)
        }
        html.raw("</p>\n")
    }

    private func writeForm(_ html: inout HTMLWriter) {
        html.raw("  <form method=\"post\" action=\"")
        html.text(action)
        html.raw("\" class=\"poll__form\">\n    <fieldset>\n")
        html.raw("      <legend class=\"visually-hidden\">")
        html.ko(question)
        html.raw("</legend>\n")
        for choice in choices {
            html.raw("      <label class=\"poll__choice\"><input type=\"radio\" name=\"option\" value=\"")
            html.text(choice.id)
            html.raw("\" required> ")
            html.ko(choice.label)
            html.raw("</label>\n")
        }
        html.raw("    </fieldset>\n    <button type=\"submit\" class=\"button\">Vote</button>\n")
        html.raw("    <p class=\"poll__meta\">Results appear once you vote.")
        if closing != "" {
            html.raw(" ")
            html.text(closing)
            html.raw(".")
        }
        html.raw("</p>\n  </form>\n")
    }
}
