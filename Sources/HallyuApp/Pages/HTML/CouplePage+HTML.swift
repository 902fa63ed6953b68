import HallyuCore

extension CouplePage: ReaderPage {
    static var template: String { "couples/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--entity\">\n  <header class=\"entity-head\">\n    <p class=\"kicker\">Couple")
        if let status {
            html.raw(" · ")
            html.text(status)
        }
        html.raw("</p>\n    <h1>")
        html.link(first.url) { $0.ko(first.name) }
        html.raw(" &amp; ")
        html.link(second.url) { $0.ko(second.name) }
        html.raw("</h1>\n    <p class=\"aliases\">")
        if let native = first.nativeName {
            html.raw("<span lang=\"ko\">")
            html.text(native)
            html.raw("</span>")
        }
        if let native = second.nativeName {
            html.raw(" · <span lang=\"ko\">")
            html.text(native)
            html.raw("</span>")
        }
        html.raw("</p>\n  </header>\n  <div class=\"entity-layout\">\n    <div class=\"entity-main\">\n")
        if note != "" {
            html.raw("<section class=\"section\"><p class=\"lead\">")
            html.ko(note)
            html.raw("</p></section>\n")
        }
        if !together.isEmpty { writeTogether(&html) }
        html.raw("<section class=\"section\" aria-labelledby=\"timeline\"><h2 id=\"timeline\">The record</h2>\n        <ol class=\"timeline\">\n")
        for entry in timeline { entry.write(&html) }
        html.raw("        </ol>\n      </section>\n")
        PersonPage.writeQuotes("What they said about each other", quotes, into: &html)
        for poll in polls { poll.write(&html) }
        html.raw("\n")
        EntityStories.write(articles: articles, pager: pager, mentionedIn: mentionedIn, into: &html)
        html.raw("\n")
        share.write(&html)
        html.raw("\n    </div>\n  </div>\n</div>")
    }

    private func writeTogether(_ html: inout HTMLWriter) {
        html.raw("<section class=\"section\"><h2>Together on screen</h2>\n        <ul class=\"cast\">\n")
        for shared in together {
            html.raw("          <li class=\"cast__item\"><a class=\"cast__person\" href=\"")
            html.text(shared.title.url)
            html.raw("\">")
            html.ko(shared.title.name)
            html.raw("</a>")
            html.native(shared.title.nativeName)
            html.raw(" —\n")
            for (index, line) in [shared.first, shared.second].enumerated() {
                if index > 0 { html.raw(", ") }
                html.ko(line.person.name)
                if let character = line.character {
                    html.raw(" as ")
                    html.link(line.characterURL ?? "") { $0.ko(character) }
                }
            }
            html.raw("</li>\n")
        }
        html.raw("        </ul>\n      </section>\n")
    }
}

extension CouplePage.TimelineEntry {
    /// One sourced step of the couple's record.
    func write(_ html: inout HTMLWriter) {
        html.raw("          <li class=\"timeline__entry timeline__entry--")
        html.text(status)
        html.raw("\">\n")
        html.raw("            <p class=\"timeline__head\"><span class=\"badge badge--")
        html.text(status)
        html.raw("\">")
        html.ko(statusLabel)
        html.raw("</span> <time datetime=\"")
        html.text(dateISO)
        html.raw("\">")
        html.ko(date)
        html.raw("</time></p>\n            <p>")
        html.ko(statement)
        html.raw("</p>\n")
        if let source {
            html.raw("<p class=\"timeline__source\">Source: ")
            html.link(source.url) { $0.ko(source.name) }
            html.raw("</p>\n")
        }
        if let sourceURL {
            html.raw("<p class=\"timeline__source\"><a href=\"")
            html.text(sourceURL)
            html.raw("\" rel=\"nofollow noopener\">Outside source</a></p>\n")
        }
        html.raw("          </li>\n")
    }
}
