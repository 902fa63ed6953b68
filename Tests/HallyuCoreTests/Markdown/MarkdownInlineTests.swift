import HallyuCore
import XCTest

final class MarkdownInlineTests: XCTestCase {
    private func inlines(_ markdown: String) -> [MarkdownInline] {
        guard case let .paragraph(content)? = parseBlocks(markdown).first else { return [] }
        return content
    }

    func testEmphasisAndStrong() {
        XCTAssertEqual(inlines("*a* _b_ **c** __d__"), [
            .emphasis([.text("a")]), .text(" "), .emphasis([.text("b")]), .text(" "),
            .strong([.text("c")]), .text(" "), .strong([.text("d")]),
        ])
        XCTAssertEqual(renderHTML("***both***"), "<p><em><strong>both</strong></em></p>\n")
    }

    func testIntrawordUnderscoreIsLiteral() {
        XCTAssertEqual(inlines("snake_case_name and a*b*c"), [.text("snake_case_name and a"), .emphasis([.text("b")]), .text("c")])
    }

    func testRuleOfThree() {
        XCTAssertEqual(renderHTML("*foo**bar**baz*"), "<p><em>foo<strong>bar</strong>baz</em></p>\n")
        XCTAssertEqual(renderHTML("**foo*"), "<p>*<em>foo</em></p>\n")
    }

    func testCodeSpans() {
        XCTAssertEqual(inlines("`a  b` `` ` `` ``x"), [.code("a  b"), .text(" "), .code("`"), .text(" ``x")])
        XCTAssertEqual(renderHTML("`<b>*no*</b>`"), "<p><code>&lt;b&gt;*no*&lt;/b&gt;</code></p>\n")
    }

    func testInlineLinksWithTitles() {
        XCTAssertEqual(inlines("[Soompi](https://www.soompi.com \"K-news\")"),
                       [.link(destination: "https://www.soompi.com", title: "K-news", content: [.text("Soompi")])])
        XCTAssertEqual(renderHTML("[a](</my url> \"t\")"), "<p><a href=\"/my%20url\" title=\"t\">a</a></p>\n")
    }

    func testReferenceLinks() {
        let markdown = "[full][ref], [collapsed][], [shortcut] and [Ref].\n\n[ref]: /dramas \"Dramas\"\n[collapsed]: /c\n[shortcut]: /s"
        XCTAssertEqual(renderHTML(markdown), """
        <p><a href="/dramas" title="Dramas">full</a>, <a href="/c">collapsed</a>, <a href="/s">shortcut</a> and <a href="/dramas" title="Dramas">Ref</a>.</p>

        """)
    }

    func testUndefinedReferenceStaysText() {
        XCTAssertEqual(renderHTML("[nothing][here]"), "<p>[nothing][here]</p>\n")
    }

    func testAutolinks() {
        XCTAssertEqual(inlines("<https://example.com/a?b=c> <fan@example.kr>"), [
            .autolink(destination: "https://example.com/a?b=c", text: "https://example.com/a?b=c"),
            .text(" "),
            .autolink(destination: "mailto:fan@example.kr", text: "fan@example.kr"),
        ])
        XCTAssertEqual(renderHTML("<https://a.b/c d>"), "<p>&lt;https://a.b/c d&gt;</p>\n")
    }

    func testImages() {
        XCTAssertEqual(renderHTML("![Poster of *Goblin*](/img/goblin.jpg \"Goblin\")"),
                       "<p><img src=\"/img/goblin.jpg\" alt=\"Poster of Goblin\" title=\"Goblin\" /></p>\n")
    }

    func testHardAndSoftBreaks() {
        XCTAssertEqual(inlines("a  \nb\\\nc\nd"), [.text("a"), .hardBreak, .text("b"), .hardBreak, .text("c"), .softBreak, .text("d")])
        XCTAssertEqual(renderHTML("a  \nb"), "<p>a<br />\nb</p>\n")
    }

    func testBackslashEscapes() {
        XCTAssertEqual(inlines("\\*not emphasis\\* \\[x\\] \\q"), [.text("*not emphasis* [x] \\q")])
    }

    func testCharacterReferences() {
        XCTAssertEqual(inlines("&amp; &copy; &#35; &#x22; &#0; &nosuch;"), [.text("& © # \" \u{FFFD} &nosuch;")])
        XCTAssertEqual(renderHTML("AT&amp;T &lt;3"), "<p>AT&amp;T &lt;3</p>\n")
    }

    func testLinksCannotNest() {
        XCTAssertEqual(renderHTML("[a [b](/b) c](/a)"), "<p>[a <a href=\"/b\">b</a> c](/a)</p>\n")
    }

    func testTextNodesStayWholeForLaterScanning() {
        XCTAssertEqual(inlines("IU & Lee Jong-suk [star] in *Hotel*"), [
            .text("IU & Lee Jong-suk [star] in "), .emphasis([.text("Hotel")]),
        ])
    }
}
