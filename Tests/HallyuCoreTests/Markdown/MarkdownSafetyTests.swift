import Foundation
import HallyuCore
import Testing

@Suite struct MarkdownSafetyTests {
    @Test func scriptBlockIsShownAsText() throws {
        let html = renderHTML("<script>alert('x')</script>")
        #expect(html == "<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n")
        #expect(!(html.contains("<script")))
    }

    @Test func inlineHTMLIsShownAsText() throws {
        #expect(renderHTML("Hi <img src=x onerror=alert(1)> there") == "<p>Hi &lt;img src=x onerror=alert(1)&gt; there</p>\n")
        #expect(parseBlocks("a <b>bold</b>") == [.paragraph([.text("a "), .rawHTML("<b>"), .text("bold"), .rawHTML("</b>")])])
    }

    @Test func hTMLBlocksAreShownAsText() throws {
        #expect(renderHTML("<div onclick=\"x()\">\n*hi*\n</div>") == "<p>&lt;div onclick=&quot;x()&quot;&gt;\n*hi*\n&lt;/div&gt;</p>\n")
        #expect(renderHTML("<!-- note -->", options: .commonMark) == "<p>&lt;!-- note --&gt;</p>\n")
    }

    @Test func javaScriptLinksLoseTheirLink() throws {
        #expect(renderHTML("[click](javascript:alert(1))") == "<p>click</p>\n")
        #expect(renderHTML("[click](JaVaScRiPt:alert(1))") == "<p>click</p>\n")
        #expect(renderHTML("[click](&#x6A;avascript:alert(1))") == "<p>click</p>\n")
        #expect(renderHTML("[click](javascript&#58;alert(1))") == "<p>click</p>\n")
        #expect(renderHTML("[click](vbscript:msgbox)") == "<p>click</p>\n")
        #expect(renderHTML("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
        #expect(renderHTML("[x]\n\n[x]: javascript:alert(1)") == "<p>x</p>\n")
    }

    @Test func dataURLsOnlyForImages() throws {
        #expect(renderHTML("![pixel](data:image/png;base64,AAAA)") == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"pixel\" /></p>\n")
        #expect(renderHTML("![svg](data:image/svg+xml;base64,AAAA)") == "<p>svg</p>\n")
        #expect(renderHTML("[page](data:text/html;base64,AAAA)") == "<p>page</p>\n")
        #expect(renderHTML("![f](file:///etc/passwd)") == "<p>f</p>\n")
    }

    @Test func ordinarySchemesAndRelativeLinksPass() throws {
        #expect(
            renderHTML("[a](/people/iu) [b](https://x.kr) [c](mailto:a@b.c) [d](#top) [e](irc://x)")
                == "<p><a href=\"/people/iu\">a</a> <a href=\"https://x.kr\">b</a> <a href=\"mailto:a@b.c\">c</a> <a href=\"#top\">d</a> <a href=\"irc://x\">e</a></p>\n"
        )
    }

    @Test func attributesAreEscaped() throws {
        #expect(renderHTML("[a](/x \"say \\\"hi\\\" & <bye>\")") == "<p><a href=\"/x\" title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\">a</a></p>\n")
        #expect(renderHTML("![\"><script>](/i.png)") == "<p><img src=\"/i.png\" alt=\"&quot;&gt;&lt;script&gt;\" /></p>\n")
        #expect(renderHTML("[a](/q?x=\"y\"&z=<w>)") == "<p><a href=\"/q?x=%22y%22&amp;z=%3Cw%3E\">a</a></p>\n")
    }

    @Test func codeInfoStringIsEscaped() throws {
        #expect(renderHTML("```\"><x\ncode\n```") == "<pre><code class=\"language-&quot;&gt;&lt;x\">code\n</code></pre>\n")
    }

    @Test func entityLinkResolverOutputIsEscapedAndChecked() throws {
        let resolver: (String) -> EntityLinkTarget? = { name in
            name == "Bad"
                ? EntityLinkTarget(href: "javascript:alert(1)", kind: "person")
                : EntityLinkTarget(href: "/people/a\"b", kind: "per son\"<")
        }
        #expect(
            renderHTML("[[Bad]] [[Good]]", resolveEntity: resolver)
                == "<p><span class=\"entity entity--unresolved\">Bad</span> <a class=\"entity entity--person\" href=\"/people/a&quot;b\">Good</a></p>\n"
        )
    }
}
