import Testing

@testable import HallyuCore

/// Articles show the site's own pictures; one from another site's address is a link, and the
/// editor says where it is.
@Suite struct SitePicturesTests {
    @Test func onlyTheSitesOwnPicturesAreOnSite() {
        for source in ["/media/abc.jpg", "/img/goblin.jpg", "data:image/png;base64,AAAA", "DATA:image/gif;base64,R0"] {
            #expect(SitePictures.isOnSite(source), "\(source)")
        }
        for source in [
            "https://k.example/p.jpg", "http://k.example/p.jpg", "//k.example/p.jpg", "/\\k.example/p.jpg", "p.jpg", "ftp://k.example/p.jpg",
        ] {
            #expect(!SitePictures.isOnSite(source), "\(source)")
        }
    }

    @Test func aPictureFromElsewhereBecomesALinkOnTheSite() {
        #expect(renderHTML("![The poster](https://k.example/poster.jpg)") == "<p><a href=\"https://k.example/poster.jpg\">The poster</a></p>\n")
        #expect(
            renderHTML("![](https://k.example/poster.jpg)") == "<p><a href=\"https://k.example/poster.jpg\">https://k.example/poster.jpg</a></p>\n")
        #expect(
            renderHTML("[![The poster](https://k.example/p.jpg)](https://k.example)") == "<p><a href=\"https://k.example\">The poster</a></p>\n",
            "no link inside a link")
        #expect(renderHTML("![Ours](/media/a.jpg)") == "<p><img src=\"/media/a.jpg\" alt=\"Ours\" /></p>\n")
        // Plain CommonMark, and HTML for other platforms, keep the picture as it was written.
        #expect(renderHTML("![x](https://k.example/p.jpg)", options: .commonMark) == "<p><img src=\"https://k.example/p.jpg\" alt=\"x\" /></p>\n")
        let portable = MarkdownHTMLRenderer(portableWithBase: "https://news.example").render(Markdown.parse("![x](https://k.example/p.jpg)"))
        #expect(portable == "<p><img src=\"https://k.example/p.jpg\" alt=\"x\" /></p>\n")
    }

    @Test func theEditorIsToldWhereEachIs() {
        let text = "한국 ![one](https://k.example/1.jpg) and ![ours](/media/a.jpg)\n\n![two][ref]\n\n[ref]: //cdn.example/2.png"
        let found = EditorChecks.offSitePictures(in: text)
        #expect(found.map(\.source) == ["https://k.example/1.jpg", "//cdn.example/2.png"])
        let first = found[0]
        #expect(Array(text.utf16)[first.start..<first.end].elementsEqual("https://k.example/1.jpg".utf16))
        #expect(Array(text.utf8)[first.utf8Start..<first.utf8End].elementsEqual("https://k.example/1.jpg".utf8))
        #expect(EditorChecks.offSitePictureProblem(in: text)?.contains("(https://k.example/1.jpg and 1 more)") == true)
        #expect(EditorChecks.offSitePictureProblem(in: "![ours](/media/a.jpg)") == nil)
    }
}
