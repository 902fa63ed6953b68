import HallyuCore

extension PersonPage: ReaderPage {
    static var template: String { "people/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--entity\">\n  ")
        html.entityHead(kicker: { $0.ko(occupations == "" ? "Person" : occupations) }, name: name, nativeName: nativeName, aliases: aliases)
        html.raw("  <div class=\"entity-layout\">\n    <div class=\"entity-main\">\n")
        if bio != "" {
            html.raw("<section class=\"section\"><p class=\"lead\">")
            html.ko(bio)
            html.raw("</p></section>\n")
        }
        if !filmography.isEmpty {
            html.raw("<section class=\"section\" aria-labelledby=\"roles\">\n        <h2 id=\"roles\">Roles</h2>\n        <ul class=\"cast\">\n")
            for line in filmography {
                html.raw("          <li class=\"cast__item\"><a class=\"cast__person\" href=\"")
                html.text(line.title.url)
                html.raw("\">")
                html.ko(line.title.name)
                html.raw("</a>")
                html.native(line.title.nativeName)
                html.raw("\n")
                if let character = line.character {
                    html.raw("<span class=\"cast__as\">as</span> ")
                    html.link(line.characterURL ?? "") { $0.ko(character) }
                    html.native(line.characterNative)
                }
                html.raw("\n          <span class=\"badge badge--")
                html.text(line.billing)
                html.raw("\">")
                html.text(line.billing)
                html.raw("</span></li>\n")
            }
            html.raw("        </ul>\n      </section>\n")
        }
        html.couples(couples)
        Self.writeQuotes("In their words", quotesBy, into: &html)
        Self.writeQuotes("What others said", quotesAbout, into: &html)
        EntityStories.write(articles: articles, pager: pager, mentionedIn: mentionedIn, into: &html)
        html.raw("\n    </div>\n    <aside class=\"entity-side facts\" aria-label=\"Facts\">\n      <dl>\n")
        if let born {
            html.raw("<dt>Born</dt><dd>")
            html.ko(born)
            html.raw("</dd>\n")
        }
        if let agency {
            html.raw("<dt>Agency</dt><dd>")
            html.link(agency.url) { $0.ko(agency.name) }
            html.raw("</dd>\n")
        }
        for line in groups {
            html.raw("<dt>Group</dt><dd>")
            html.link(line.group.url) { $0.ko(line.group.name) }
            if !line.current { html.raw(" (former)") }
            html.raw("</dd>")
        }
        html.raw("\n      </dl>\n    </aside>\n  </div>\n</div>")
    }

    static func writeQuotes(_ heading: String, _ quotes: [QuoteView], into html: inout HTMLWriter) {
        guard !quotes.isEmpty else { return }
        html.raw("<section class=\"section\"><h2>")
        html.raw(heading)
        html.raw("</h2>")
        for quote in quotes { quote.write(&html) }
        html.raw("</section>\n")
    }
}
