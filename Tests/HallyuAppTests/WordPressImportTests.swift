import Foundation
import HallyuCore
import HallyuStore
import HallyuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// A WordPress 6 export moved in: what each item becomes, the old addresses, running it again,
/// a newer export, and files that are broken or hostile.
@Suite struct WordPressImportTests {
    private static var fixture: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures/wordpress/k-culture-daily", withExtension: "xml")) }
    }

    /// A scratch folder with a copy of `wp-content/uploads` holding the poster as a real PNG,
    /// the still as an HTML page named .jpg, and the hostile path's target beside the folder.
    private struct Scratch {
        let folder: URL
        var uploads: URL { folder.appendingPathComponent("uploads") }
        var report: String { folder.appendingPathComponent("report.md").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-wp-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: uploads.appendingPathComponent("2024/03"), withIntermediateDirectories: true)
            try manager.createDirectory(at: uploads.appendingPathComponent("2024/05"), withIntermediateDirectories: true)
            try Self.png(width: 40, height: 60).write(to: uploads.appendingPathComponent("2024/03/queen-of-tears-poster.jpg"))
            try Data("<html>not a picture</html>".utf8).write(to: uploads.appendingPathComponent("2024/05/queen-of-tears-episode-16-still.jpg"))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// A whole PNG of one colour, its pixels in a stored (uncompressed) deflate block.
        static func png(width: Int, height: Int) -> Data {
            func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
            func crc32(_ bytes: [UInt8]) -> UInt32 {
                var crc: UInt32 = 0xFFFF_FFFF
                for byte in bytes {
                    crc ^= UInt32(byte)
                    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
                }
                return ~crc
            }
            func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
                let typed = Array(type.utf8) + body
                return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
            }
            let rows = [UInt8]((0..<height).flatMap { _ in [0] + [UInt8](repeating: 200, count: width * 3) })
            var a: UInt32 = 1
            var b: UInt32 = 0
            for byte in rows {
                a = (a + UInt32(byte)) % 65521
                b = (b + a) % 65521
            }
            let length = UInt16(rows.count)
            let zlib: [UInt8] =
                [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
                + rows + bigEndian(b << 16 | a)
            let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0]
            let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            return Data(signature + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", []))
        }
    }

    private func run(_ app: Application, _ file: URL, _ scratch: Scratch, uploads: Bool = true) async throws -> WordPressImportReport {
        try await WordPressImport(
            app: app,
            options: .init(file: file, uploads: uploads ? scratch.uploads.path : nil, reportPath: scratch.report),
            progress: { _ in }
        ).run()
    }

    private func count(_ app: Application, _ sql: String) async throws -> Int {
        try await (app.db as! any SQLDatabase).raw(SQLQueryString(stringLiteral: sql)).first()?.decode(column: "n", as: Int.self) ?? -1
    }

    private func value(_ app: Application, _ sql: String) async throws -> String? {
        try await (app.db as! any SQLDatabase).raw(SQLQueryString(stringLiteral: sql)).first()?.decode(column: "v", as: String?.self)
    }

    @Test func everyItemBecomesWhatItWasOnWordPress() async throws {
        try await withApp(demo: true) { app, _ in
            let scratch = try Scratch()
            defer { scratch.remove() }
            let articlesBefore = try await count(app, "SELECT COUNT(*) AS n FROM articles")
            let report = try await run(app, try Self.fixture, scratch)
            try report.write(to: scratch.report)

            // Nine posts and two pages; the menu item and the contact form are left out.
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles") == articlesBefore + 11)
            let statuses: [(String, String)] = [
                ("queen-of-tears-finale-record", "published"), ("queen-of-tears-chemistry", "published"),
                ("squid-game-season-2-two-years-on", "scheduled"), ("ius-the-winning-one-year-on", "draft"),
                ("newjeans-how-sweet-summer", "review"), ("staff-note-embargo-times", "draft"),
                ("hangul-101-drama-titles", "published"), ("jennie-mantra-first-take", "published"),
                ("squid-game-season-2-ending-discussed", "draft"), ("about", "published"), ("contact", "published"),
            ]
            for (slug, status) in statuses {
                #expect(try await value(app, "SELECT status AS v FROM articles WHERE slug = '\(slug)'") == status, "\(slug)")
            }
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles WHERE is_page AND slug IN ('about', 'contact')") == 2)
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles WHERE featured AND slug = 'queen-of-tears-finale-record'") == 1)
            // Scheduled at its UTC time; published at its GMT time, not the site's.
            let scheduled = try await (app.db as! any SQLDatabase).raw(
                "SELECT scheduled_at FROM articles WHERE slug = 'squid-game-season-2-two-years-on'"
            )
            .first()?.decode(column: "scheduled_at", as: Date.self)
            #expect(scheduled == WordPressTime.parse("2027-01-15 00:00:00"))
            let published = try await (app.db as! any SQLDatabase).raw(
                "SELECT published_at FROM articles WHERE slug = 'queen-of-tears-finale-record'"
            )
            .first()?.decode(column: "published_at", as: Date.self)
            #expect(published == WordPressTime.parse("2024-04-28 23:15:00"))

            // Comments: threading and moderation state kept; pingbacks and trackbacks skipped.
            let comments =
                "SELECT COUNT(*) AS n FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug IN ('queen-of-tears-finale-record', 'queen-of-tears-chemistry', 'hangul-101-drama-titles', 'jennie-mantra-first-take')"
            #expect(try await count(app, comments) == 10)
            for (status, number) in [("approved", 7), ("held", 1), ("spam", 1), ("trash", 1)] {
                #expect(try await count(app, comments + " AND c.status = '\(status)'") == number, "\(status)")
            }
            #expect(
                try await count(
                    app, "SELECT COUNT(*) AS n FROM comments c JOIN comments p ON p.id = c.parent_id JOIN comments g ON g.id = p.parent_id") == 1)

            // Authors are accounts that cannot sign in yet; categories keep their tree.
            #expect(
                try await count(
                    app,
                    "SELECT COUNT(*) AS n FROM users WHERE email IN ('minji.kim@example.com', 'david.smith@example.net') AND password_hash IS NULL")
                    == 2)
            // An admin adding an account with an imported author's address gives it a password;
            // its bylines stay.
            let byline = try #require(try await value(app, "SELECT slug AS v FROM users WHERE email = 'minji.kim@example.com'"))
            let activated = try await Accounts(database: app.db).add(
                User(id: "", slug: "", name: "Kim Min-ji", email: "Minji.Kim@example.com", role: .editor, bio: ""),
                passwordHash: try app.password.hash("correct horse battery"))
            #expect(activated.slug == byline && activated.role == .editor)
            #expect(try await Accounts(database: app.db).credentials(email: "minji.kim@example.com") != nil)
            #expect(
                try await value(app, "SELECT p.slug AS v FROM tags t JOIN tags p ON p.id = t.parent_id WHERE t.slug = 'netflix-originals'")
                    == "dramas")
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM tags WHERE slug = 'nunmurui-yeowang'") == 1, "a Hangul tag is romanized")

            // The poster is copied and is the finale's hero; the HTML page named .jpg and the path
            // out of the uploads folder are not copied.
            let hero = try #require(
                try await value(
                    app,
                    "SELECT m.file_name AS v FROM articles a JOIN media m ON m.id = a.hero_media_id WHERE a.slug = 'queen-of-tears-finale-record'"))
            #expect(FileManager.default.fileExists(atPath: (app.config.mediaDirectory as NSString).appendingPathComponent(hero)))
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles WHERE slug = 'queen-of-tears-chemistry' AND hero_media_id IS NULL") == 1)
            let finale = try #require(try await value(app, "SELECT body AS v FROM articles WHERE slug = 'queen-of-tears-finale-record'"))
            #expect(finale.contains("](/media/\(hero))"), "the body's picture is the library's copy")
            #expect(finale.contains("\nhttps://www.youtube.com/watch?v="), "an embed block is a clip line")

            // Pages are in no list; their own address answers.
            #expect(try await get(app, "/articles/about").status == .ok)
            #expect(!(try await get(app, "/").text.contains("/articles/about\"")))

            // Nothing a post held runs on the page.
            let jennie = try await get(app, "/articles/jennie-mantra-first-take")
            #expect(jennie.status == .ok)
            #expect(!jennie.text.contains("<script async") && !jennie.text.contains("<script type=\"text/javascript\""))
            #expect(jennie.text.contains("&lt;script"))

            // The report names what needs a look.
            let text = try String(contentsOfFile: scratch.report, encoding: .utf8)
            #expect(text.contains("attachment 14"))
            #expect(text.contains("its path leaves the uploads folder"))
            #expect(text.contains("was password-protected; imported as a draft"))
            #expect(text.contains("kept as text: <script>"))
            #expect(text.contains("kept as text: the shortcode [contact-form-7]"))
            #expect(text.contains("not imported: 1 items of the type \"nav_menu_item\""))
            #expect(report.comments.pingbacks == 2)
        }
    }

    @Test func oldAddressesLeadToTheNewPages() async throws {
        try await withApp { app, _ in
            let scratch = try Scratch()
            defer { scratch.remove() }
            _ = try await run(app, try Self.fixture, scratch)
            let expected = [
                "/2024/04/29/queen-of-tears-finale-record/": "/articles/queen-of-tears-finale-record",
                "/?p=20": "/articles/queen-of-tears-finale-record",
                "/?page_id=40": "/articles/about",
                "/about/contact/": "/articles/contact",
                "/tag/blackpink/": "/tags/blackpink",
                "/category/dramas/netflix-originals/": "/tags/netflix-originals",
                "/?cat=2": "/tags/dramas",
                "/2024/04/29/queen-of-tears-finale-record/queen-of-tears-poster/": "/articles/queen-of-tears-finale-record",
                "/2024/04/29/Queen-Of-Tears-Finale-Record": "/articles/queen-of-tears-finale-record",
            ]
            for (old, new) in expected {
                let response = try await app.testing().sendRequest(.GET, old)
                #expect(response.status == .movedPermanently, "\(old)")
                #expect(response.headers.first(name: .location) == new, "\(old)")
            }
            #expect(try await count(app, "SELECT hits AS n FROM redirects WHERE path = '/?p=20'") == 1)
            // A page the site has is never hidden by a redirect; an unknown address stays a 404.
            #expect(try await app.testing().sendRequest(.GET, "/").status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/2024/01/01/never-was/").status == .notFound)
        }
    }

    @Test func runningItAgainAddsNothingAndANewerExportUpdatesWhatChanged() async throws {
        try await withApp { app, _ in
            let scratch = try Scratch()
            defer { scratch.remove() }
            _ = try await run(app, try Self.fixture, scratch)
            let tables = ["articles", "comments", "media", "users", "tags", "redirects", "article_revisions", "article_tags"]
            var before: [String: Int] = [:]
            for table in tables { before[table] = try await count(app, "SELECT COUNT(*) AS n FROM \(table)") }

            let again = try await run(app, try Self.fixture, scratch)
            for table in tables { #expect(try await count(app, "SELECT COUNT(*) AS n FROM \(table)") == before[table], "\(table)") }
            #expect(again.summary.contains("  posts: 9 unchanged"))

            // The finale's title was edited on WordPress and a reader commented since.
            var xml = try String(contentsOf: try Self.fixture, encoding: .utf8)
            xml = xml.replacingOccurrences(
                of: "<title><![CDATA[Queen of Tears signs off with the highest rating in tvN history]]></title>",
                with: "<title><![CDATA[Queen of Tears signs off with a tvN record]]></title>")
            let finale = try #require(xml.range(of: "<wp:post_id>20</wp:post_id>"))
            let modified = try #require(xml.range(of: "<wp:post_modified_gmt><![CDATA[", range: finale.upperBound..<xml.endIndex))
            xml.replaceSubrange(modified.upperBound..<xml.index(modified.upperBound, offsetBy: 19), with: "2025-03-12 00:00:00")
            let comment = """
                <wp:comment><wp:comment_id>900</wp:comment_id><wp:comment_author><![CDATA[Late Reader]]></wp:comment_author><wp:comment_author_email><![CDATA[late@example.com]]></wp:comment_author_email><wp:comment_date><![CDATA[2025-03-12 09:00:00]]></wp:comment_date><wp:comment_date_gmt><![CDATA[2025-03-12 00:00:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA[Still the best finale.]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
                """
            let end = try #require(xml.range(of: "</item>", range: finale.upperBound..<xml.endIndex))
            xml.insert(contentsOf: comment, at: end.lowerBound)
            let newer = scratch.folder.appendingPathComponent("newer.xml")
            try Data(xml.utf8).write(to: newer)
            let update = try await run(app, newer, scratch)
            #expect(update.summary.contains("  posts: 1 updated, 8 unchanged"))
            #expect(
                try await value(app, "SELECT title AS v FROM articles WHERE slug = 'queen-of-tears-finale-record'")
                    == "Queen of Tears signs off with a tvN record")
            #expect(
                try await count(
                    app,
                    "SELECT COUNT(*) AS n FROM article_revisions r JOIN articles a ON a.id = r.article_id WHERE a.slug = 'queen-of-tears-finale-record'"
                ) == 2)
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM comments") == before["comments"]! + 1)
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles") == before["articles"])
        }
    }

    /// What a newsroom holds, by article slug, in a form two newsrooms can be compared by.
    private func contents(_ app: Application) async throws -> [String] {
        let sql = app.db as! any SQLDatabase
        var lines: [String] = []
        for row in try await sql.raw(
            "SELECT slug, title, dek, body, status, featured, is_page, comments_open, published_at, scheduled_at FROM articles ORDER BY slug"
        ).all() {
            let parts: [String] = [
                try row.decode(column: "slug", as: String.self), try row.decode(column: "title", as: String.self),
                try row.decode(column: "dek", as: String.self), try row.decode(column: "body", as: String.self),
                try row.decode(column: "status", as: String.self), "\(try row.decode(column: "featured", as: Bool.self))",
                "\(try row.decode(column: "is_page", as: Bool.self))", "\(try row.decode(column: "comments_open", as: Bool.self))",
                "\(try row.decode(column: "published_at", as: Date?.self).map { $0.timeIntervalSince1970 } ?? 0)",
                "\(try row.decode(column: "scheduled_at", as: Date?.self).map { $0.timeIntervalSince1970 } ?? 0)",
            ]
            lines.append(parts.joined(separator: " | "))
        }
        for row in try await sql.raw(
            """
            SELECT a.slug AS slug, c.name AS name, c.body AS body, c.status AS status, p.body AS parent FROM comments c
            JOIN articles a ON a.id = c.article_id LEFT JOIN comments p ON p.id = c.parent_id ORDER BY a.slug, c.body
            """
        ).all() {
            lines.append(
                "comment "
                    + [
                        try row.decode(column: "slug", as: String.self), try row.decode(column: "name", as: String.self),
                        try row.decode(column: "body", as: String.self), try row.decode(column: "status", as: String.self),
                        try row.decode(column: "parent", as: String?.self) ?? "-",
                    ].joined(separator: " | "))
        }
        for row in try await sql.raw(
            "SELECT a.slug AS slug, t.name AS name FROM article_tags l JOIN articles a ON a.id = l.article_id JOIN tags t ON t.id = l.tag_id ORDER BY a.slug, t.name"
        ).all() {
            lines.append("tag \(try row.decode(column: "slug", as: String.self)) | \(try row.decode(column: "name", as: String.self))")
        }
        for row in try await sql.raw(
            "SELECT a.slug AS slug, m.file_name AS file FROM articles a JOIN media m ON m.id = a.hero_media_id ORDER BY a.slug"
        ).all() {
            lines.append("hero \(try row.decode(column: "slug", as: String.self)) | \(try row.decode(column: "file", as: String.self))")
        }
        return lines
    }

    @Test func anExportReadsBackAsTheSameNewsroom() async throws {
        try await withApp { first, backend in
            let scratch = try Scratch()
            defer { scratch.remove() }
            _ = try await run(first, try Self.fixture, scratch)
            let exported = scratch.folder.appendingPathComponent("export.xml")
            let counts = try await WordPressExport(app: first, file: exported, progress: { _ in }).run()
            #expect(counts.articles == 11 && counts.comments == 10 && counts.media == 1)
            // Well-formed, and in the shape WordPress's importer looks for.
            let parsed = try ParsedXML.parse(try String(contentsOf: exported, encoding: .utf8))
            #expect(parsed.elements.filter { $0.path == "rss/channel/item" }.count == 12)
            #expect(parsed.elements.contains { $0.path == "rss/channel/wp:wxr_version" && $0.text == "1.2" })
            let original = try await contents(first)
            try await TestDatabases.with(backend: backend) { location in
                try await withApp(on: location) { second in
                    let media = URL(fileURLWithPath: first.config.mediaDirectory)
                    _ = try await WordPressImport(
                        app: second, options: .init(file: exported, uploads: media.path, reportPath: scratch.report), progress: { _ in }
                    ).run()
                    let copy = try await contents(second)
                    #expect(copy.count == original.count)
                    for (mine, theirs) in zip(original, copy) { #expect(mine == theirs) }
                }
            }
        }
    }

    @Test func aRunWithTheUploadsPlacesThePicturesTheFirstLacked() async throws {
        try await withApp { app, backend in
            let scratch = try Scratch()
            defer { scratch.remove() }
            _ = try await run(app, try Self.fixture, scratch, uploads: false)
            let hero = "SELECT COUNT(*) AS n FROM articles WHERE slug = 'queen-of-tears-finale-record' AND hero_media_id IS NOT NULL"
            #expect(try await count(app, hero) == 0, "\(backend)")
            let again = try await run(app, try Self.fixture, scratch)
            #expect(try await count(app, hero) == 1, "\(backend)")
            let body = try #require(try await value(app, "SELECT body AS v FROM articles WHERE slug = 'queen-of-tears-finale-record'"))
            #expect(body.contains("](/media/"), "the body's picture is the library's now (\(backend))")
            #expect(again.summary.contains("  posts: 9 updated"), "\(again.summary)")
        }
    }

    @Test func aBrokenFileStopsWithItsPlaceAndChangesNothing() async throws {
        try await withApp { app, _ in
            let scratch = try Scratch()
            defer { scratch.remove() }
            let xml = try String(contentsOf: try Self.fixture, encoding: .utf8)
            // Cut off inside the last post's comments: the first part is well-formed.
            let cut = try #require(xml.range(of: "<wp:comment_id>112</wp:comment_id>"))
            let broken = scratch.folder.appendingPathComponent("broken.xml")
            try Data((String(xml[..<cut.lowerBound]) + "</item>").utf8).write(to: broken)
            let tables = ["articles", "comments", "users", "tags", "redirects", "import_records"]
            var before: [String: Int] = [:]
            for table in tables { before[table] = try await count(app, "SELECT COUNT(*) AS n FROM \(table)") }
            do {
                _ = try await run(app, broken, scratch)
                Issue.record("a broken file was imported")
            } catch let failure as WordPressImport.Failure {
                #expect(failure.description.contains("is not well-formed XML at line "))
                #expect(failure.description.contains("</item> where </wp:comment> was expected"))
                #expect(failure.description.hasSuffix("nothing was imported"))
            }
            for table in tables { #expect(try await count(app, "SELECT COUNT(*) AS n FROM \(table)") == before[table], "\(table)") }
        }
    }

    @Test func oddExportsEndInALineOfTheReport() async throws {
        try await withApp { app, _ in
            let scratch = try Scratch()
            defer { scratch.remove() }
            var bytes = Array(
                """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
                <channel><title>Odd</title><link>https://odd.example</link><wp:wxr_version>1.1</wp:wxr_version><wp:base_blog_url>https://odd.example</wp:base_blog_url>
                <item><title>Broken bytes</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>broken-bytes</wp:post_name><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><content:encoded><![CDATA[<p>Caf
                """.utf8)
            bytes += [0xE9, 0xFF]
            bytes += Array(
                """
                 &amp; more</p>]]></content:encoded></item>
                <item><title>Huge</title><wp:post_id>2</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded><![CDATA[\(String(repeating: "<p>Long text. </p>", count: 300_000))]]></content:encoded></item>
                <item><title>Product</title><wp:post_id>3</wp:post_id><wp:post_type>product</wp:post_type><wp:status>publish</wp:status></item>
                <item><title>Escape</title><wp:post_id>4</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://odd.example/wp-content/uploads/../../../../etc/hostname</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>/etc/hostname</wp:meta_value></wp:postmeta></item>
                </channel></rss>
                """.utf8)
            let odd = scratch.folder.appendingPathComponent("odd.xml")
            try Data(bytes).write(to: odd)
            let mediaBefore = try await count(app, "SELECT COUNT(*) AS n FROM media")
            let report = try await run(app, odd, scratch)
            try report.write(to: scratch.report)
            let body = try #require(try await value(app, "SELECT body AS v FROM articles WHERE slug = 'broken-bytes'"))
            #expect(body.contains("Caf\u{FFFD}\u{FFFD} \\& more"))
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM articles WHERE title = 'Huge'") == 0)
            #expect(try await count(app, "SELECT COUNT(*) AS n FROM media") == mediaBefore)
            let text = try String(contentsOfFile: scratch.report, encoding: .utf8)
            #expect(text.contains("held bytes that are not UTF-8"))
            #expect(text.contains("not imported: 1 posts over 4 MB of HTML"))
            #expect(text.contains("not imported: 1 items of the type \"product\""))
            #expect(text.contains("attachment 4 (line 7)") && text.contains("its path leaves the uploads folder"))
        }
    }
}
