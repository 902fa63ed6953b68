import Foundation
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

    @Test func thePageWritesTheLibrarysPicturesItself() {
        var asked: [PicturePlacement] = []
        var renderer = MarkdownHTMLRenderer(options: .standard)
        renderer.writePicture = { placement in
            asked.append(placement)
            return placement.source == "/media/a.jpg" ? (placement.standsAlone ? "<figure>A</figure>" : "<picture>A</picture>") : nil
        }
        let text =
            "![The *cast*](/media/a.jpg \"At the read-through\")\n\nSeen ![small](/media/a.jpg) here.\n\n![Other](/media/b.jpg)\n\n- ![In a list](/media/a.jpg)"
        #expect(
            renderer.render(Markdown.parse(text))
                == "<figure>A</figure>\n<p>Seen <picture>A</picture> here.</p>\n<p><img src=\"/media/b.jpg\" alt=\"Other\" /></p>\n<ul>\n<li><picture>A</picture></li>\n</ul>\n",
            "alone in its paragraph a figure, among words or in a tight list inline, unknown ones as written")
        #expect(asked.first == PicturePlacement(source: "/media/a.jpg", alt: "The cast", title: "At the read-through", standsAlone: true))
        #expect(asked.map(\.standsAlone) == [true, false, true, false, false], "one declined as a figure is asked again in its line")

        var portable = MarkdownHTMLRenderer(portableWithBase: "https://news.example")
        portable.writePicture = { _ in
            Issue.record("portable HTML writes its own pictures")
            return nil
        }
        #expect(portable.render(Markdown.parse("![x](/media/a.jpg)")) == "<p><img src=\"https://news.example/media/a.jpg\" alt=\"x\" /></p>\n")
    }

    @Test func theLibrarysFilesAreFoundByName() {
        #expect(SitePictures.mediaFileName("/media/ab12.jpg") == "ab12.jpg")
        for source in ["/media/", "/media/a/b.jpg", "/media/../x", "/media/a.jpg?x=1", "https://k.example/media/a.jpg", "/img/a.jpg"] {
            #expect(SitePictures.mediaFileName(source) == nil, "\(source)")
        }
        let text = "![a](/media/one.jpg) [file](/media/two.pdf) ![again](/media/one.jpg) /media/ and https://x.example/media/three.png"
        #expect(SitePictures.mediaFileNames(mentionedIn: text) == ["one.jpg", "two.pdf", "three.png"], "a superset, each once")
        #expect(SitePictures.mediaFileNames(mentionedIn: String(repeating: "/media/a.jpg /media/b.jpg ", count: 3), limit: 1) == ["a.jpg"])
    }

    @Test func anImagesMarkdownKeepsItsAltTextLiteral() throws {
        let alt = "Kim [Ji-won] *at* the_premiere \\ & <b>Queen</b>!\nSecond line"
        let media = Media(id: "1", fileName: "ab.jpg", contentType: "image/jpeg", alt: alt, credit: "Photo", width: 10, height: 10)
        #expect(media.markdownPicture.hasSuffix("](/media/ab.jpg)"))
        let document = Markdown.parse(media.markdownPicture)
        guard case .paragraph(let content) = document.blocks.first, case .image(let source, _, let written) = content.first else {
            Issue.record("not a picture: \(media.markdownPicture)")
            return
        }
        #expect(content.count == 1 && source == "/media/ab.jpg")
        #expect(InlineText.plain(written, hardBreak: " ", softBreak: " ") == alt.replacingOccurrences(of: "\n", with: " "))
    }
}
