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
}
