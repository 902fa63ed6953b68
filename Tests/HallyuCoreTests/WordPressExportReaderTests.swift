import Foundation
import HallyuCore
import Testing

/// The streaming XML reader and the export records it feeds.
@Suite struct WordPressExportReaderTests {
    private func events(_ xml: String, chunk: Int = 3) throws -> [XMLEvent] {
        let bytes = Array(xml.utf8)
        var offset = 0
        // Tiny chunks: every construct must survive being split anywhere.
        let reader = XMLPullReader(chunks: {
            guard offset < bytes.count else { return nil }
            defer { offset += chunk }
            return Array(bytes[offset..<min(offset + chunk, bytes.count)])
        })
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func readsElementsTextCDATAAndReferences() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <!-- generator="WordPress/6.5" -->
            <rss version="2.0"><a href="x&amp;y" b='2'>one &lt;two&gt; &#8217;&#x2019;&nbsp;<![CDATA[<p>raw ]]]]><![CDATA[> 한소희</p>]]></a><c/></rss>
            """
        let read = try events(xml)
        #expect(
            read == [
                .start(name: "rss", attributes: ["version": "2.0"]),
                .start(name: "a", attributes: ["href": "x&y", "b": "2"]),
                .text("one <two> ’’\u{A0}<p>raw ]]> 한소희</p>"),
                .end(name: "a"),
                .start(name: "c", attributes: [:]), .end(name: "c"),
                .end(name: "rss"),
            ])
    }

    @Test func saysWhereAFileStopsBeingXML() throws {
        let cases: [(String, Int, Int, String)] = [
            ("<rss>\n<channel>\n<item></channel>", 3, 7, "</channel> where </item> was expected"),
            ("<rss>\n  <title>A & B</title></rss>", 2, 12, "an & that begins no known reference (write &amp;)"),
            ("<rss><a b=c></a></rss>", 1, 11, "the value of b is not in quotation marks"),
            ("<rss><item>", 1, 12, "the file ends inside <item>"),
            ("", 1, 1, "the file holds no XML element"),
        ]
        for (xml, line, column, reason) in cases {
            #expect(throws: XMLSyntaxError(line: line, column: column, reason: reason)) { try events(xml, chunk: 1 << 20) }
        }
    }

    @Test func aByteOrderMarkIsNoText() throws {
        let reader = XMLPullReader(bytes: [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><rss><t>x</t></rss>".utf8))
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        #expect(events.count == 5)
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        var bytes = Array("<rss><t>ok</t><t>bad ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" end</t></rss>".utf8)
        let reader = XMLPullReader(bytes: bytes)
        var texts: [String] = []
        while let event = try reader.next() {
            if case .text(let text) = event { texts.append(text) }
        }
        #expect(texts == ["ok", "bad \u{FFFD}\u{FFFD} end"])
        #expect(reader.textsWithInvalidBytes == 1)
    }

    @Test func anEntityDeclarationIsNeverExpanded() throws {
        let xml = """
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <rss><t>&lol2;</t></rss>
            """
        #expect(throws: XMLSyntaxError.self) { try events(xml) }
    }

    @Test func readsAnExportRecordByRecord() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            	<title>K-Culture Daily</title>
            	<link>https://kculture.example</link>
            	<wp:wxr_version>1.2</wp:wxr_version>
            	<wp:base_site_url>https://kculture.example</wp:base_site_url>
            	<wp:base_blog_url>https://kculture.example</wp:base_blog_url>
            	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[minji]]></wp:author_login><wp:author_email><![CDATA[minji@kculture.example]]></wp:author_email><wp:author_display_name><![CDATA[Kim Min-ji]]></wp:author_display_name><wp:author_first_name><![CDATA[Min-ji]]></wp:author_first_name><wp:author_last_name><![CDATA[Kim]]></wp:author_last_name></wp:author>
            	<wp:category>
            		<wp:term_id>4</wp:term_id>
            		<wp:category_nicename><![CDATA[netflix-originals]]></wp:category_nicename>
            		<wp:category_parent><![CDATA[dramas]]></wp:category_parent>
            		<wp:cat_name><![CDATA[Netflix Originals]]></wp:cat_name>
            	</wp:category>
            	<wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug><![CDATA[blackpink]]></wp:tag_slug><wp:tag_name><![CDATA[BLACKPINK]]></wp:tag_name></wp:tag>
            	<item>
            		<title><![CDATA[Queen of Tears ends on a record]]></title>
            		<link>https://kculture.example/2024/04/29/queen-of-tears-finale/</link>
            		<dc:creator><![CDATA[minji]]></dc:creator>
            		<guid isPermaLink="false">https://kculture.example/?p=41</guid>
            		<content:encoded><![CDATA[<p>Finale.</p>]]></content:encoded>
            		<excerpt:encoded><![CDATA[The record finale.]]></excerpt:encoded>
            		<wp:post_id>41</wp:post_id>
            		<wp:post_date><![CDATA[2024-04-29 09:00:00]]></wp:post_date>
            		<wp:post_date_gmt><![CDATA[2024-04-29 00:00:00]]></wp:post_date_gmt>
            		<wp:post_modified_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_modified_gmt>
            		<wp:post_name><![CDATA[queen-of-tears-finale]]></wp:post_name>
            		<wp:status><![CDATA[publish]]></wp:status>
            		<wp:post_type><![CDATA[post]]></wp:post_type>
            		<wp:is_sticky>1</wp:is_sticky>
            		<category domain="category" nicename="netflix-originals"><![CDATA[Netflix Originals]]></category>
            		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[12]]></wp:meta_value></wp:postmeta>
            		<wp:comment>
            			<wp:comment_id>7</wp:comment_id>
            			<wp:comment_author><![CDATA[Hana]]></wp:comment_author>
            			<wp:comment_author_email><![CDATA[hana@example.com]]></wp:comment_author_email>
            			<wp:comment_date><![CDATA[2024-04-29 10:00:00]]></wp:comment_date>
            			<wp:comment_date_gmt><![CDATA[2024-04-29 01:00:00]]></wp:comment_date_gmt>
            			<wp:comment_content><![CDATA[Crying.]]></wp:comment_content>
            			<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
            			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
            			<wp:comment_parent>0</wp:comment_parent>
            			<wp:commentmeta><wp:meta_key><![CDATA[rating]]></wp:meta_key><wp:meta_value><![CDATA[5]]></wp:meta_value></wp:commentmeta>
            		</wp:comment>
            	</item>
            </channel>
            </rss>
            """
        let reader = WordPressExportReader(XMLPullReader(bytes: Array(xml.utf8)))
        var records: [WordPressRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.count == 5)
        guard case .site(let site) = records[0], case .author(let author) = records[1], case .term(let category) = records[2],
            case .term(let tag) = records[3], case .item(let item) = records[4]
        else {
            Issue.record("records out of order: \(records)")
            return
        }
        #expect(site.title == "K-Culture Daily" && site.wxrVersion == "1.2" && site.baseBlogURL == "https://kculture.example")
        #expect(
            author
                == WordPressAuthor(
                    id: 2, login: "minji", email: "minji@kculture.example", displayName: "Kim Min-ji", firstName: "Min-ji", lastName: "Kim"))
        #expect(
            category
                == WordPressTerm(
                    taxonomy: "category", id: 4, slug: "netflix-originals", parentSlug: "dramas", name: "Netflix Originals", description: ""))
        #expect(tag.taxonomy == "post_tag" && tag.slug == "blackpink" && tag.name == "BLACKPINK")
        #expect(item.id == 41 && item.slug == "queen-of-tears-finale" && item.status == "publish" && item.postType == "post")
        #expect(item.isSticky && item.creator == "minji" && item.excerpt == "The record finale.")
        #expect(item.dateGMT == WordPressTime.parse("2024-04-29 00:00:00"))
        #expect(item.date.map { Int($0.timeIntervalSince(item.dateGMT!).rounded()) } == 9 * 3600)
        #expect(item.modifiedGMT == nil, "all zeros is no time")
        #expect(item.terms == [WordPressItemTerm(taxonomy: "category", slug: "netflix-originals", name: "Netflix Originals")])
        #expect(item.meta("_thumbnail_id") == "12")
        #expect(item.comments.count == 1 && item.comments[0].author == "Hana" && item.comments[0].approved == "1")
        #expect(item.line == 17)
    }

    @Test func anotherXMLDocumentIsNoExport() throws {
        let reader = WordPressExportReader(XMLPullReader(bytes: Array("<html><body/></html>".utf8)))
        #expect(throws: WordPressExportReader.NotAnExport.self) { while try reader.next() != nil {} }
    }

    @Test func timesReadAndWriteTheWayWordPressDoes() {
        let date = WordPressTime.parse("2027-01-15 20:30:05")
        #expect(date.map { WordPressTime.format($0) } == "2027-01-15 20:30:05")
        #expect(date.map { WordPressTime.format($0, offset: 9 * 3600) } == "2027-01-16 05:30:05")
        #expect(WordPressTime.parse("0000-00-00 00:00:00") == nil)
        #expect(WordPressTime.parse("yesterday") == nil)
    }
}
