import HallyuCore

extension ImageView {
    /// The picture: its WebP copies for browsers that take them, the fallback format's for the
    /// rest, each sized by `sizes`; a plain `<img>` for an image without copies.
    /// `partials/` templates write the same markup.
    func writeImage(_ html: inout HTMLWriter, alt: String, sizes: String, loading: ImageLoading) {
        let copies = !srcset.isEmpty
        if copies {
            html.raw("<picture><source type=\"image/webp\" srcset=\"")
            html.text(webpSrcset)
            html.raw("\" sizes=\"")
            html.text(sizes)
            html.raw("\">")
        }
        html.raw("<img src=\"")
        html.text(url)
        if copies {
            html.raw("\" srcset=\"")
            html.text(srcset)
            html.raw("\" sizes=\"")
            html.text(sizes)
        }
        html.raw("\" alt=\"")
        html.text(alt)
        html.raw("\" width=\"")
        html.number(width)
        html.raw("\" height=\"")
        html.number(height)
        html.raw("\"")
        html.raw(loading.attributes)
        html.raw(copies ? "></picture>" : ">")
    }

    /// The picture in a figure with its caption, credit and licence: a story's hero, or a
    /// picture standing alone in its body.
    func writeFigure(_ html: inout HTMLWriter, className: String, sizes: String, loading: ImageLoading) {
        html.raw("  <figure class=\"")
        html.raw(className)
        html.raw("\">\n    ")
        writeImage(&html, alt: alt, sizes: sizes, loading: loading)
        html.raw("\n    <figcaption>")
        if caption != "" {
            html.ko(caption)
            html.raw(" ")
        }
        html.raw("<span class=\"credit\">")
        html.ko(credit)
        if licence != "" {
            html.raw(" · ")
            html.ko(licence)
        }
        html.raw("</span></figcaption>\n  </figure>\n")
    }
}
