import HallyuCore
import XCTest

final class MarkdownSafetyTests: XCTestCase {
    func testScriptBlockIsShownAsText() {
        let html = renderHTML("<script>alert('x')</script>")
        XCTAssertEqual(html, "<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n")
        XCTAssertFalse(html.contains("<script"))
    }

    func testInlineHTMLIsShownAsText() {
        XCTAssertEqual(renderHTML("Hi <img src=x onerror=alert(1)> there"),
                       "<p>Hi &lt;img src=x onerror=alert(1)&gt; there</p>\n")
        XCTAssertEqual(parseBlocks("a <b>bold</b>"),
                       [.paragraph([.text("a "), .rawHTML("<b>"), .text("bold"), .rawHTML("</b>")])])
    }

    func testHTMLBlocksAreShownAsText() {
        XCTAssertEqual(renderHTML("<div onclick=\"x()\">\n*hi*\n</div>"),
                       "<p>&lt;div onclick=&quot;x()&quot;&gt;\n*hi*\n&lt;/div&gt;</p>\n")
        XCTAssertEqual(renderHTML("<!-- note -->", options: .commonMark), "<p>&lt;!-- note --&gt;</p>\n")
    }

    func testJavaScriptLinksLoseTheirLink() {
        XCTAssertEqual(renderHTML("[click](javascript:alert(1))"), "<p>click</p>\n")
        XCTAssertEqual(renderHTML("[click](JaVaScRiPt:alert(1))"), "<p>click</p>\n")
        XCTAssertEqual(renderHTML("[click](&#x6A;avascript:alert(1))"), "<p>click</p>\n")
        XCTAssertEqual(renderHTML("[click](javascript&#58;alert(1))"), "<p>click</p>\n")
        XCTAssertEqual(renderHTML("[click](vbscript:msgbox)"), "<p>click</p>\n")
        XCTAssertEqual(renderHTML("<javascript:alert(1)>"), "<p>javascript:alert(1)</p>\n")
        XCTAssertEqual(renderHTML("[x]\n\n[x]: javascript:alert(1)"), "<p>x</p>\n")
    }

    func testDataURLsOnlyForImages() {
        XCTAssertEqual(renderHTML("![pixel](data:image/png;base64,AAAA)"),
                       "<p><img src=\"data:image/png;base64,AAAA\" alt=\"pixel\" /></p>\n")
        XCTAssertEqual(renderHTML("![svg](data:image/svg+xml;base64,AAAA)"), "<p>svg</p>\n")
        XCTAssertEqual(renderHTML("[page](data:text/html;base64,AAAA)"), "<p>page</p>\n")
        XCTAssertEqual(renderHTML("![f](file:///etc/passwd)"), "<p>f</p>\n")
    }

    func testOrdinarySchemesAndRelativeLinksPass() {
        XCTAssertEqual(renderHTML("[a](/people/iu) [b](https://x.kr) [c](mailto:a@b.c) [d](#top) [e](irc://x)"),
                       "<p><a href=\"/people/iu\">a</a> <a href=\"https://x.kr\">b</a> <a href=\"mailto:a@b.c\">c</a> <a href=\"#top\">d</a> <a href=\"irc://x\">e</a></p>\n")
    }

    func testAttributesAreEscaped() {
        XCTAssertEqual(renderHTML("[a](/x \"say \\\"hi\\\" & <bye>\")"),
                       "<p><a href=\"/x\" title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\">a</a></p>\n")
        XCTAssertEqual(renderHTML("![\"><script>](/i.png)"),
                       "<p><img src=\"/i.png\" alt=\"&quot;&gt;&lt;script&gt;\" /></p>\n")
        XCTAssertEqual(renderHTML("[a](/q?x=\"y\"&z=<w>)"), "<p><a href=\"/q?x=%22y%22&amp;z=%3Cw%3E\">a</a></p>\n")
    }

    func testCodeInfoStringIsEscaped() {
        XCTAssertEqual(renderHTML("```\"><x\ncode\n```"), "<pre><code class=\"language-&quot;&gt;&lt;x\">code\n</code></pre>\n")
    }

    func testEntityLinkResolverOutputIsEscapedAndChecked() {
        let resolver: (String) -> EntityLinkTarget? = { name in
            name == "Bad" ? EntityLinkTarget(href: "javascript:alert(1)", kind: "person")
                : EntityLinkTarget(href: "/people/a\"b", kind: "per son\"<")
        }
        XCTAssertEqual(renderHTML("[[Bad]] [[Good]]", resolveEntity: resolver),
                       "<p><span class=\"entity entity--unresolved\">Bad</span> <a class=\"entity entity--person\" href=\"/people/a&quot;b\">Good</a></p>\n")
    }
}
