import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A media library picture placed in a story's body shows as the hero does: a figure with its
/// caption, credit and licence and the copies a phone needs; the newsroom offers its Markdown.
@Suite struct BodyPictureTests {
    @Test func aLibraryPictureInTheBodyIsAFigureWithItsCredit() async throws {
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            let library = MediaLibrary(database: app.db)
            let (media, _) = try await library.add(
                fileName: "5ca1ab1e.png", format: .png, width: 4000, height: 3000,
                .init(alt: "Han So-hee at the premiere", caption: "At the premiere.", credit: "Photo: Hallyu Studio", licence: "CC BY 4.0"))
            let copies = ImageVariants(fallback: .jpeg, widths: [320, 640, 960, 1280], socialWidth: 1200, socialHeight: 630)
            try await library.recordVariants(id: media.id, copies, width: 1280, height: 960)
            let token = try await apiToken(app, role: .editor, email: "pictures@news.test")
            let story = try #require(try await ArticleRepository(database: app.db).published(slug: demoStory))
            let body =
                story.body + "\n\n![](/media/5ca1ab1e.png)\n\nSeen ![small](/media/5ca1ab1e.png) there.\n\n"
                + "![On stage](/media/5ca1ab1e.png \"On stage at the end.\")\n\n![Gone](/media/0dd.png)\n"
            #expect(try await api(app, .PATCH, "/api/v1/articles/\(demoStory)", token: token, ["body": body]).status == .ok, "\(backend)")

            let page = try await get(app, "/articles/\(demoStory)").text
            let sizes = ImageSizes.body
            let webp =
                "/media/5ca1ab1e-r1-w320.webp 320w, /media/5ca1ab1e-r1-w640.webp 640w, /media/5ca1ab1e-r1-w960.webp 960w, /media/5ca1ab1e-r1-w1280.webp 1280w"
            let jpeg =
                "/media/5ca1ab1e-r1-w320.jpg 320w, /media/5ca1ab1e-r1-w640.jpg 640w, /media/5ca1ab1e-r1-w960.jpg 960w, /media/5ca1ab1e-r1-w1280.jpg 1280w"
            func picture(alt: String) -> String {
                "<picture><source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"\(sizes)\"><img src=\"/media/5ca1ab1e-r1-w960.jpg\" srcset=\"\(jpeg)\" sizes=\"\(sizes)\""
                    + " alt=\"\(alt)\" width=\"1280\" height=\"960\" loading=\"lazy\"></picture>"
            }
            #expect(
                page.contains(
                    "<figure class=\"picture\">\n    \(picture(alt: "Han So-hee at the premiere"))\n    <figcaption>At the premiere. "
                        + "<span class=\"credit\">Photo: Hallyu Studio · CC BY 4.0</span></figcaption>\n  </figure>"),
                "alone on its line: a figure with the library's words (\(backend))")
            #expect(page.contains("<p>Seen \(picture(alt: "small")) there.</p>"), "among words: the picture in the line")
            #expect(
                page.contains("\(picture(alt: "On stage"))\n    <figcaption>On stage at the end. <span class=\"credit\">"),
                "the title is its caption here")
            #expect(page.contains("<p><img src=\"/media/0dd.png\" alt=\"Gone\" /></p>"), "a name the library does not hold, as written")

            // A new caption reaches the page although the body did not change.
            _ = try await library.describe(
                id: media.id, .init(alt: media.alt, caption: "After the premiere.", credit: "Photo: Hallyu Studio", licence: "CC BY 4.0"))
            let described = try await get(app, "/articles/\(demoStory)").text
            #expect(described.contains("<figcaption>After the premiere. <span class=\"credit\">"), "\(backend)")
            #expect(!described.contains("At the premiere."))

            let feed = try await get(app, "/feed.xml").text
            #expect(
                feed.contains("http://news.test/media/5ca1ab1e-r1-w320.webp 320w, http://news.test/media/5ca1ab1e-r1-w640.webp 640w"), "\(backend)")
            #expect(
                !feed.contains(", /media/") && !feed.contains("srcset=\"/media/") && !feed.contains("srcset=&quot;/media/"),
                "every copy absolute in a feed")
        }
    }

    @Test func theNewsroomOffersEachPicturesMarkdown() async throws {
        try await withApp(demo: true) { app, backend in
            let library = MediaLibrary(database: app.db)
            _ = try await library.add(
                fileName: "feedface.png", format: .png, width: 800, height: 600, .init(alt: "The [cast] at work", credit: "Photo: Hallyu Studio"))
            let editor = try await signedIn(app, as: .editor)
            let placed = "![The \\[cast\\] at work](/media/feedface.png)"
            let form = try await editor.get(NewsroomPaths.newArticle).text
            #expect(form.contains("<option value=\"\(placed)\">The [cast] at work (800×600)</option>"), "the editor's picture list (\(backend))")
            #expect(form.contains("data-picker=\"pictures\" hidden"), "shown by the editor's script, which inserts the choice")
            let mediaPage = try await editor.get("/admin/media").text
            #expect(mediaPage.contains("<code class=\"media-item__markdown\">\(placed)</code>"), "to copy without the script")
        }
    }
}
