import HallyuCore

extension FactsBox {
    /// A title's facts beside a story or on its page (`partials/facts.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<aside class=\"facts\" aria-label=\"")
        html.text(name)
        html.raw(" facts\">\n  <h2 class=\"facts__title\">")
        html.link(url) { $0.ko(name) }
        html.native(nativeName)
        html.raw("</h2>\n  <dl>\n")
        func organizations(_ label: String, _ items: [LinkItem]) {
            guard !items.isEmpty else { return }
            html.raw("<dt>")
            html.raw(label)
            html.raw("</dt><dd>")
            html.separated(items, by: ", ") { html, item in html.link(item.url) { $0.ko(item.name) } }
            html.raw("</dd>\n")
        }
        organizations("Network", networks)
        organizations("Streaming", platforms)
        if let airDates {
            html.raw("<dt>Aired</dt><dd>")
            html.ko(airDates)
            html.raw("</dd>\n")
        }
        if let episodes {
            html.raw("<dt>Episodes</dt><dd>")
            html.number(episodes)
            html.raw("</dd>\n")
        }
        if genres != "" {
            html.raw("<dt>Genre</dt><dd>")
            html.ko(genres)
            html.raw("</dd>\n")
        }
        html.raw("  </dl>\n")
        if !leads.isEmpty {
            html.raw("  <h3>Leads</h3>\n  <ul class=\"facts__cast\">\n")
            for line in leads {
                html.raw("<li>")
                html.link(line.person.url) { $0.ko(line.person.name) }
                if let character = line.character {
                    html.raw(" as ")
                    html.link(line.characterURL ?? "") { $0.ko(character) }
                    html.native(line.characterNative)
                }
                html.raw("</li>")
            }
            html.raw("\n  </ul>\n")
        }
        html.raw("</aside>\n")
    }
}
