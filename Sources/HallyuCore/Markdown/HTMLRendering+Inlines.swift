import Foundation

extension HTMLRendering {
    mutating func inlines(_ inlines: [MarkdownInline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case let .text(text), let .rawHTML(text):
            self.text(text)
        case let .emphasis(children):
            wrapped("em", children)
        case let .strong(children):
            wrapped("strong", children)
        case let .code(code):
            writer.raw("<code>")
            writer.escaped(code)
            writer.raw("</code>")
        case let .link(destination, title, content):
            link(destination: destination, title: title, content: content)
        case let .image(source, title, alt):
            let altText = InlineText.plain(alt, hardBreak: " ", softBreak: " ")
            guard URLSafety.isSafe(source) else { return text(altText) }
            if forSitePages, !SitePictures.isOnSite(source) {
                // Not loaded from elsewhere (the page's policy would refuse it): a link to it.
                guard !insideLink else { return text(altText) }
                writer.raw("<a href=\"")
                writer.escaped(source)
                writer.raw("\">")
                text(altText.isEmpty ? source : altText)
                writer.raw("</a>")
                return
            }
            if let picture = writtenPicture(source: source, title: title, alt: alt, standsAlone: false) {
                return writer.raw(picture)
            }
            writer.raw("<img src=\"")
            writer.escaped(address(source))
            writer.raw("\" alt=\"")
            writer.escaped(altText)
            writer.raw("\"")
            titleAttribute(title)
            writer.raw(" />")
        case let .autolink(destination, label):
            guard !insideLink, URLSafety.isSafe(destination) else { return text(label) }
            writer.raw("<a href=\"")
            writer.escaped(destination)
            writer.raw("\">")
            text(label)
            writer.raw("</a>")
        case let .entityLink(target, label):
            entityLink(target: target, text: label)
        case .hardBreak:
            writer.raw("<br />\n")
        case .softBreak:
            writer.raw(portableBase == nil ? "\n" : " ")
        }
    }

    /// The page's own markup for a picture, when it has one.
    func writtenPicture(source: String, title: String?, alt: [MarkdownInline], standsAlone: Bool) -> String? {
        guard let writePicture, URLSafety.isSafe(source) else { return nil }
        let altText = InlineText.plain(alt, hardBreak: " ", softBreak: " ")
        return writePicture(PicturePlacement(source: source, alt: altText, title: title, standsAlone: standsAlone))
    }

    mutating func text(_ text: String) {
        if forSitePages && !insideKorean {
            writer.textMarkingKorean(text)
        } else {
            writer.escaped(text)
        }
    }

    private mutating func wrapped(_ tag: String, _ children: [MarkdownInline]) {
        writer.raw("<\(tag)>")
        inlines(children)
        writer.raw("</\(tag)>")
    }

    /// Links to unsafe schemes keep their text and lose the link.
    private mutating func link(destination: String, title: String?, content: [MarkdownInline]) {
        guard !insideLink, URLSafety.isSafe(destination) else { return inlines(content) }
        writer.raw("<a href=\"")
        writer.escaped(address(destination))
        writer.raw("\"")
        titleAttribute(title)
        writer.raw(">")
        insideLink = true
        inlines(content)
        insideLink = false
        writer.raw("</a>")
    }

    private mutating func titleAttribute(_ title: String?) {
        guard let title, !title.isEmpty else { return }
        writer.raw(" title=\"")
        writer.escaped(title)
        writer.raw("\"")
    }

    private mutating func entityLink(target: String, text label: String) {
        guard !insideLink else { return text(label) }
        guard let resolved = resolveEntity?(target), URLSafety.isSafe(resolved.href) else {
            writer.raw("<span class=\"entity entity--unresolved\">")
            text(label)
            writer.raw("</span>")
            return
        }
        writer.raw("<a class=\"entity entity--")
        writer.escaped(Self.classToken(resolved.kind))
        writer.raw("\" href=\"")
        writer.escaped(resolved.href)
        writer.raw("\"")
        let wasKorean = insideKorean
        if let lang = resolved.lang {
            writer.raw(" lang=\"")
            writer.escaped(lang)
            writer.raw("\"")
            insideKorean = lang.lowercased() == "ko" || lang.lowercased().hasPrefix("ko-")
        }
        writer.raw(">")
        text(label)
        insideKorean = wasKorean
        writer.raw("</a>")
    }

    /// Keeps a kind usable as part of a class name whatever the resolver returns.
    private static func classToken(_ kind: String) -> String {
        let token = kind.lowercased().unicodeScalars.filter { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
        }
        return token.isEmpty ? "entity" : String(String.UnicodeScalarView(token))
    }
}
