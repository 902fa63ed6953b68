import Foundation

/// Renders a document to HTML that is safe to put in a page as is: raw HTML from the source is
/// shown as text, unsafe link schemes are dropped, and embeds load nothing until clicked.
public struct MarkdownHTMLRenderer {
    /// With `extensions` on, Hangul runs are marked `lang="ko"`; parse with the same options.
    public let options: MarkdownOptions
    private let resolveEntity: ((String) -> EntityLinkTarget?)?
    /// For HTML that leaves the site (an export another platform reads): nil on the site.
    private var portableBase: String?
    /// Writes a picture the page knows better than the document (one from the media library, with
    /// its copies and credit), or returns nil for the plain `<img>`. Not asked for portable HTML.
    public var writePicture: ((PicturePlacement) -> String?)?

    /// Creates a renderer. `resolveEntity` maps the name in `[[Name]]` to a page; names it does
    /// not know (or all names, without it) render as unlinked text.
    public init(options: MarkdownOptions = .standard, resolveEntity: ((String) -> EntityLinkTarget?)? = nil) {
        self.options = options
        self.resolveEntity = resolveEntity
    }

    /// HTML as other platforms expect it (WordPress's own importer, say): clips as their address
    /// on a line of its own, which they embed themselves; a quote's attribution in `<cite>`; no
    /// `lang` spans; soft line breaks as spaces, where WordPress would make them `<br>`; and
    /// addresses on this site made absolute against `base`.
    public init(portableWithBase base: String, resolveEntity: ((String) -> EntityLinkTarget?)? = nil) {
        self.init(options: .standard, resolveEntity: resolveEntity)
        portableBase = base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// The document as an HTML fragment.
    public func render(_ document: MarkdownDocument) -> String {
        var rendering = HTMLRendering(
            forSitePages: options.extensions && portableBase == nil, resolveEntity: resolveEntity, portableBase: portableBase,
            writePicture: portableBase == nil ? writePicture : nil)
        rendering.blocks(document.blocks, tight: false)
        return rendering.writer.string
    }
}

/// One rendering pass: the output and where in the document it is.
struct HTMLRendering {
    var writer = HTMLWriter()
    /// For the site's own pages with the newsroom extensions: Hangul runs are marked `lang="ko"`
    /// and pictures from elsewhere become links (the pages' policy would not load them).
    let forSitePages: Bool
    let resolveEntity: ((String) -> EntityLinkTarget?)?
    /// Inside an element that already says `lang="ko"`.
    var insideKorean = false
    /// Inside a link, where another link (an entity link, say) would be invalid HTML.
    var insideLink = false
    /// Set for portable HTML: the site's address, for links and pictures on it.
    let portableBase: String?
    let writePicture: ((PicturePlacement) -> String?)?

    init(
        forSitePages: Bool, resolveEntity: ((String) -> EntityLinkTarget?)?, portableBase: String? = nil,
        writePicture: ((PicturePlacement) -> String?)? = nil
    ) {
        self.forSitePages = forSitePages
        self.resolveEntity = resolveEntity
        self.portableBase = portableBase
        self.writePicture = writePicture
    }

    /// A path on the site made absolute in portable HTML.
    func address(_ destination: String) -> String {
        guard let portableBase, destination.hasPrefix("/"), !destination.hasPrefix("//") else { return destination }
        return portableBase + destination
    }

    mutating func blocks(_ blocks: [MarkdownBlock], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    private mutating func block(_ block: MarkdownBlock, tight: Bool) {
        switch block {
        case let .heading(level, content, id):
            writer.newline()
            writer.raw("<h\(level)")
            if let id {
                writer.raw(" id=\"")
                writer.escaped(id)
                writer.raw("\"")
            }
            writer.raw(">")
            inlines(content)
            writer.raw("</h\(level)>")
            writer.newline()
        case let .paragraph(content):
            if !tight, case .image(let source, let title, let alt) = content.first, content.count == 1,
                let figure = writtenPicture(source: source, title: title, alt: alt, standsAlone: true)
            {
                writer.newline()
                writer.raw(figure)
                writer.newline()
            } else if tight {
                inlines(content)
            } else {
                writer.newline()
                writer.raw("<p>")
                inlines(content)
                writer.raw("</p>")
                writer.newline()
            }
        case let .codeBlock(info, code):
            writer.newline()
            writer.raw("<pre><code")
            if let language = info?.split(whereSeparator: { $0 == " " || $0 == "\t" }).first {
                writer.raw(" class=\"language-")
                writer.escaped(String(language))
                writer.raw("\"")
            }
            writer.raw(">")
            writer.escaped(code)
            writer.raw("</code></pre>")
            writer.newline()
        case let .list(list):
            self.list(list)
        case let .blockquote(children, attribution):
            blockquote(children, attribution: attribution)
        case .thematicBreak:
            writer.newline()
            writer.raw("<hr />")
            writer.newline()
        case let .table(table):
            self.table(table)
        case let .embed(embed):
            writer.newline()
            self.embed(embed)
            writer.newline()
        case let .htmlBlock(html):
            writer.newline()
            writer.raw("<p>")
            writer.escaped(html)
            writer.raw("</p>")
            writer.newline()
        }
    }

    private mutating func list(_ list: MarkdownList) {
        let tag = list.start == nil ? "ul" : "ol"
        writer.newline()
        if let start = list.start, start != 1 {
            writer.raw("<ol start=\"\(start)\">")
        } else {
            writer.raw("<\(tag)>")
        }
        writer.newline()
        for item in list.items {
            writer.raw("<li>")
            blocks(item, tight: list.isTight)
            writer.raw("</li>")
            writer.newline()
        }
        writer.newline()
        writer.raw("</\(tag)>")
        writer.newline()
    }

    private mutating func blockquote(_ children: [MarkdownBlock], attribution: [MarkdownInline]?) {
        writer.newline()
        if portableBase != nil {
            writer.raw("<blockquote>")
            blocks(children, tight: false)
            if let attribution {
                writer.raw("<cite>")
                inlines(attribution)
                writer.raw("</cite>")
            }
            writer.raw("</blockquote>")
            writer.newline()
            return
        }
        writer.raw(attribution == nil ? "<blockquote>" : "<figure class=\"quote\"><blockquote>")
        writer.newline()
        blocks(children, tight: false)
        writer.newline()
        writer.raw("</blockquote>")
        if let attribution {
            writer.raw("<figcaption>— ")
            inlines(attribution)
            writer.raw("</figcaption></figure>")
        }
        writer.newline()
    }
}
