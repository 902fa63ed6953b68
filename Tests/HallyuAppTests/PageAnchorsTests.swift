import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Writers' headings and the page's own anchors: the list of reserved ids is the templates'
/// ids exactly, and an article headed "Comment form" leaves `#comment-form` to the form.
@Suite struct PageAnchorsTests {
    /// Every literal `id="…"` in the templates that a heading could also make (ids made from
    /// data, such as `comment-#(id)`, end in a UUID no heading makes).
    private static func templateIDs() throws -> Set<String> {
        let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HallyuApp/Resources/Views")
        var ids: Set<String> = []
        let files = try #require(FileManager.default.enumerator(at: views, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "leaf" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for piece in text.components(separatedBy: " id=\"").dropFirst() {
                let id = piece.prefix { $0 != "\"" }
                // Only ids a heading could make: a slug (`quoteUrl` never is one).
                if !id.contains("#("), Slug.isValid(String(id)) { ids.insert(String(id)) }
            }
        }
        return ids
    }

    @Test func theReservedIDsAreTheTemplatesIDs() throws {
        let ids = try Self.templateIDs()
        #expect(ids.count > 50)
        #expect(ids.subtracting(PageAnchors.reserved).sorted() == [], "ids in the templates that headings could still take")
        #expect(PageAnchors.reserved.subtracting(ids).sorted() == [], "reserved ids no template uses any more")
    }

    @Test func aHeadingCalledCommentFormLeavesTheAnchorToTheForm() async throws {
        try await withApp(demo: true) { app, backend in
            let editor = try await apiToken(app, role: .editor, email: "anchors@news.test")
            let made = try await api(
                app, .POST, "/api/v1/articles", token: editor,
                ["title": "Where the comments go", "body": "# Comment form\n\nBelow.\n\n## Comments\n\nAnd more."])
            #expect(made.status == .created, "\(backend)")
            #expect(try await api(app, .POST, "/api/v1/articles/where-the-comments-go/publish", token: editor).status == .ok)
            let page = try await get(app, "/articles/where-the-comments-go")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.components(separatedBy: "id=\"comment-form\"").count == 2, "one element is #comment-form (\(backend))")
            #expect(html.contains("id=\"comment-form-2\">Comment form</h"), "the heading has an id of its own (\(backend))")
            #expect(html.components(separatedBy: "id=\"comments\"").count <= 2, "\(backend)")
        }
    }
}
