import HallyuCore

extension HTMLWriter {
    /// Escaped element text with Hangul runs marked `lang="ko"` (the templates' `#ko`).
    mutating func ko(_ text: String) {
        textMarkingKorean(text)
    }

    /// Escaped element text or attribute value (the templates' `#(…)`).
    mutating func text(_ text: String) {
        escaped(text)
    }

    mutating func number(_ value: Int) {
        raw(String(value))
    }

    /// `<a href="…">` around what `content` writes.
    mutating func link(_ url: String, _ content: (inout HTMLWriter) -> Void) {
        raw("<a href=\"")
        escaped(url)
        raw("\">")
        content(&self)
        raw("</a>")
    }

    /// An entity's name linked to its page, with its Hangul name beside it inside the link.
    mutating func chip(_ item: LinkItem) {
        link(item.url) { html in
            html.ko(item.name)
            html.native(item.nativeName)
        }
    }

    /// Each item written in turn with `separator` (markup) between them.
    mutating func separated<Item>(_ items: [Item], by separator: String, _ write: (inout HTMLWriter, Item) -> Void) {
        for (index, item) in items.enumerated() {
            if index > 0 { raw(separator) }
            write(&self, item)
        }
    }
}

extension HTMLWriter {
    /// `<ul class="chips">` of entity links.
    mutating func chipList(_ items: [LinkItem]) {
        raw("<ul class=\"chips\">")
        for item in items {
            raw("<li>")
            chip(item)
            raw("</li>")
        }
        raw("</ul>")
    }

    /// A Hangul name after a Latin one, when there is one: ` <span class="native" lang="ko">…</span>`.
    mutating func native(_ name: String?, className: String? = nil) {
        guard let name else { return }
        raw(className.map { " <span class=\"\($0)\" lang=\"ko\">" } ?? " <span lang=\"ko\">")
        escaped(name)
        raw("</span>")
    }

    /// "Also known as A · B" under an entity's name.
    mutating func aliases(_ aliases: [String]) {
        guard !aliases.isEmpty else { return }
        raw("<p class=\"aliases\">Also known as ")
        separated(aliases, by: " · ") { html, alias in html.ko(alias) }
        raw("</p>\n")
    }

    /// An entity page's heading: kicker, name with its Hangul name, aliases.
    mutating func entityHead(kicker: (inout HTMLWriter) -> Void, name: String, nativeName: String?, aliases: [String]) {
        raw("<header class=\"entity-head\">\n    <p class=\"kicker\">")
        kicker(&self)
        raw("</p>\n    <h1>")
        ko(name)
        native(nativeName, className: "native")
        raw("</h1>\n")
        self.aliases(aliases)
        raw("  </header>\n")
    }

    /// The couples an entity belongs to, with where each stands now.
    mutating func couples(_ couples: [CoupleCard]) {
        guard !couples.isEmpty else { return }
        raw("<section class=\"section\"><h2>Couples</h2>\n        <ul class=\"chips\">")
        for couple in couples {
            raw("<li>")
            link(couple.url) { $0.ko(couple.name) }
            if let status = couple.status {
                raw(" <small>")
                escaped(status)
                raw("</small>")
            }
            raw("</li>")
        }
        raw("</ul>\n      </section>\n")
    }
}
