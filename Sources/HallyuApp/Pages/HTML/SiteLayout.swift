import HallyuCore

/// The frame of every reader page (`layouts/base.leaf`): the head with what search engines and
/// social networks read, the masthead, `<main>` and the footer.
enum SiteLayout {
    static func write(_ meta: PageMeta, into html: inout HTMLWriter, main: (inout HTMLWriter) -> Void) {
        html.raw("<!doctype html>\n<html lang=\"")
        html.text(meta.lang)
        html.raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
        html.raw("\n<title>")
        html.text(meta.title)
        html.raw(" · ")
        html.text(meta.siteName)
        html.raw("</title>\n")
        html.raw(#"<meta name="description" content=""#)
        html.text(meta.description)
        html.raw("\">\n")
        if meta.canonicalURL != "" { writeSharing(meta, into: &html) }
        html.raw(
            """
            <link rel="stylesheet" href="/css/site.css">
            <script src="/js/embeds.js" defer></script>
            <script src="/js/polls.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="masthead">
              <div class="masthead__inner">
                <a class="brand" href="/"><span class="brand__mark" aria-hidden="true">H</span> Hallyu <span class="brand__ko" lang="ko">한류</span></a>
                <nav class="masthead__nav" aria-label="Sections">
                  <a href="/">Latest</a>
                  <a href="/tags/k-pop">K-pop</a>
                  <a href="/organizations/netflix">Netflix</a>
                </nav>
                <form class="masthead__search" action="/search" method="get" role="search">
                  <label class="visually-hidden" for="site-search">Search</label>
                  <input id="site-search" type="search" name="q" placeholder="Search: Han So-hee, 한소희, ㅎㅅㅎ" maxlength="200">
                </form>
              </div>
            </header>
            <main id="main">

            """)
        main(&html)
        html.raw(
            """

            </main>
            <footer class="footer">
              <p>Hallyu — news and a knowledge base of Korean dramas, films, people and couples. Illustrations are drawn by Hallyu Studio; quotes are marked when paraphrased.</p>
              <p><a href="/api/v1/openapi.json">API</a></p>
            </footer>
            </body>
            </html>

            """)
    }

    /// The canonical address, OpenGraph and Twitter cards, list neighbours, the feed and JSON-LD.
    private static func writeSharing(_ meta: PageMeta, into html: inout HTMLWriter) {
        func tag(_ open: String, _ value: String) {
            html.raw(open)
            html.text(value)
            html.raw("\">\n")
        }
        tag(#"<link rel="canonical" href=""#, meta.canonicalURL)
        tag(#"<meta property="og:site_name" content=""#, meta.siteName)
        tag(#"<meta property="og:type" content=""#, meta.type)
        tag(#"<meta property="og:title" content=""#, meta.title)
        tag(#"<meta property="og:description" content=""#, meta.description)
        tag(#"<meta property="og:url" content=""#, meta.canonicalURL)
        html.raw(#"<meta property="og:locale" content="en_US">"#)
        html.raw("\n")
        tag(#"<meta name="twitter:title" content=""#, meta.title)
        tag(#"<meta name="twitter:description" content=""#, meta.description)
        if let image = meta.imageURL {
            tag(#"<meta property="og:image" content=""#, image)
            tag(#"<meta property="og:image:alt" content=""#, meta.imageAlt ?? "")
            if let width = meta.imageWidth, let height = meta.imageHeight {
                tag(#"<meta property="og:image:width" content=""#, String(width))
                tag(#"<meta property="og:image:height" content=""#, String(height))
            }
            html.raw(#"<meta name="twitter:card" content="summary_large_image">"#)
            html.raw("\n")
            tag(#"<meta name="twitter:image" content=""#, image)
            tag(#"<meta name="twitter:image:alt" content=""#, meta.imageAlt ?? "")
        } else {
            html.raw(#"<meta name="twitter:card" content="summary">"#)
            html.raw("\n")
        }
        if let time = meta.publishedTime { tag(#"<meta property="article:published_time" content=""#, time) }
        if let time = meta.modifiedTime { tag(#"<meta property="article:modified_time" content=""#, time) }
        for name in meta.tags { tag(#"<meta property="article:tag" content=""#, name) }
        if let url = meta.previousURL { tag(#"<link rel="prev" href=""#, url) }
        if let url = meta.nextURL { tag(#"<link rel="next" href=""#, url) }
        if let url = meta.feedURL {
            html.raw(#"<link rel="alternate" type="application/rss+xml" title=""#)
            html.text(meta.title)
            tag(#"" href=""#, url)
        }
        if let json = meta.structuredData {
            // Already safe inside a script element (StructuredData escapes `<`).
            html.raw(#"<script type="application/ld+json">"#)
            html.raw(json)
            html.raw("</script>\n")
        }
    }
}
