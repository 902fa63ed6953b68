import HallyuCore

extension OrganizationPage: ReaderPage {
    static var template: String { "organizations/show" }

    func writeMain(_ html: inout HTMLWriter) {
        html.raw("<div class=\"page page--entity\">\n  ")
        html.entityHead(kicker: { $0.ko(kindLabel) }, name: name, nativeName: nativeName, aliases: aliases)
        html.raw("  <div class=\"entity-layout\">\n    <div class=\"entity-main\">\n")
        if description != "" {
            html.raw("<section class=\"section\"><p class=\"lead\">")
            html.ko(description)
            html.raw("</p></section>\n")
        }
        if !members.isEmpty {
            html.raw("<section class=\"section\"><h2>Members</h2>\n        <ul class=\"chips\">")
            for member in members {
                html.raw("<li>")
                html.chip(member.person)
                if !member.current { html.raw(" <small>former</small>") }
                html.raw("</li>")
            }
            html.raw("</ul>\n      </section>\n")
        }
        if !titles.isEmpty {
            html.raw("<section class=\"section\"><h2>Titles</h2>\n        ")
            html.chipList(titles)
            html.raw("\n      </section>\n")
        }
        if !clients.isEmpty {
            html.raw("<section class=\"section\"><h2>Represents</h2>\n        <ul class=\"chips\">")
            for item in clients {
                html.raw("<li>")
                html.link(item.url) { $0.ko(item.name) }
                html.raw("</li>")
            }
            html.raw("</ul>\n      </section>\n")
        }
        EntityStories.write(articles: articles, pager: pager, mentionedIn: mentionedIn, into: &html)
        html.raw("\n    </div>\n    <aside class=\"entity-side facts\" aria-label=\"Facts\">\n      <dl>\n")
        html.raw("        <dt>Type</dt><dd>")
        html.ko(kindLabel)
        html.raw("</dd>\n")
        if let founded {
            html.raw("<dt>Founded</dt><dd>")
            html.ko(founded)
            html.raw("</dd>\n")
        }
        if let website {
            html.raw("<dt>Website</dt><dd><a href=\"")
            html.text(website)
            html.raw("\" rel=\"noopener\">")
            html.ko(website)
            html.raw("</a></dd>\n")
        }
        html.raw("      </dl>\n    </aside>\n  </div>\n</div>")
    }
}
