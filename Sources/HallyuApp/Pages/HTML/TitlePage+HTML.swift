import HallyuCore

extension TitlePage: ReaderPage {
    static var template: String { "titles/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--entity\">\n  ")
        html.entityHead(kicker: { $0.text(facts.kind) }, name: facts.name, nativeName: facts.nativeName, aliases: aliases)
        html.raw("  <div class=\"entity-layout\">\n    <div class=\"entity-main\">\n")
        if synopsis != "" {
            html.raw("<section class=\"section\"><h2>Synopsis</h2><p>")
            html.ko(synopsis)
            html.raw("</p></section>\n")
        }
        html.raw(
            """
                  <section class="section" aria-labelledby="cast">
                    <h2 id="cast">Cast and characters</h2>
                    <ul class="cast">

            """)
        for line in cast {
            html.raw("          <li class=\"cast__item\"")
            if let anchor = line.characterAnchor {
                html.raw(" id=\"")
                html.text(anchor)
                html.raw("\"")
            }
            html.raw(">\n            <a class=\"cast__person\" href=\"")
            html.text(line.person.url)
            html.raw("\">")
            html.ko(line.person.name)
            html.raw("</a>")
            html.native(line.person.nativeName)
            html.raw("\n")
            if let character = line.character {
                html.raw("<span class=\"cast__as\">as</span> <strong>")
                html.ko(character)
                html.raw("</strong>")
                html.native(line.characterNative)
            }
            html.raw("\n            <span class=\"badge badge--")
            html.text(line.billing)
            html.raw("\">")
            html.text(line.billing)
            html.raw("</span>\n          </li>\n")
        }
        html.raw("        </ul>\n      </section>\n")
        html.couples(couples)
        EntityStories.write(articles: articles, pager: pager, mentionedIn: mentionedIn, into: &html)
        html.raw("\n    </div>\n    <div class=\"entity-side\">")
        facts.write(&html)
        html.raw("</div>\n  </div>\n</div>")
    }
}
