import HallyuCore

extension ShareView {
    /// Share links, the phone's own share sheet and the copy-link field (`partials/share.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<section class=\"share\" aria-label=\"Share this story\">\n  <h2 class=\"share__title\">Share</h2>\n")
        html.raw("  <ul class=\"share__links\">\n    ")
        for link in links {
            html.raw("<li><a class=\"share__link share__link--")
            html.text(link.network)
            html.raw("\" href=\"")
            html.text(link.url)
            html.raw("\" rel=\"noopener\" target=\"_blank\">")
            html.text(link.label)
            html.raw("</a></li>")
        }
        html.raw("\n    <li hidden><button type=\"button\" class=\"share__link share__native\" data-share-url=\"")
        html.text(url)
        html.raw("\" data-share-title=\"")
        html.text(title)
        html.raw("\">KakaoTalk &amp; other apps</button></li>\n")
        html.raw(
            """
                <li class="share__copy">
                  <label for="share-url" class="visually-hidden">Link to this story</label>
                  <input id="share-url" class="share__url" value="
            """)
        html.text(url)
        html.raw(
            """
            " readonly>
                  <button type="button" class="share__button" data-copy="#share-url" hidden>Copy link</button>
                </li>
              </ul>
            </section>
            """)
    }
}
