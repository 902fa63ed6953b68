import Foundation
import HallyuCore
import Testing

@Suite struct MarkdownInlineTests {
    private func inlines(_ markdown: String) -> [MarkdownInline] {
        guard case let .paragraph(content)? = parseBlocks(markdown).first else { return [] }
        return content
    }

    @Test func emphasisAndStrong() throws {
        #expect(
            inlines("*a* _b_ **c** __d__") == [
                .emphasis([.text("a")]), .text(" "), .emphasis([.text("b")]), .text(" "),
                .strong([.text("c")]), .text(" "), .strong([.text("d")]),
            ])
        #expect(renderHTML("***both***") == "<p><em><strong>both</strong></em></p>\n")
    }

    @Test func intrawordUnderscoreIsLiteral() throws {
        #expect(inlines("snake_case_name and a*b*c") == [.text("snake_case_name and a"), .emphasis([.text("b")]), .text("c")])
    }

    @Test func ruleOfThree() throws {
        #expect(renderHTML("*foo**bar**baz*") == "<p><em>foo<strong>bar</strong>baz</em></p>\n")
        #expect(renderHTML("**foo*") == "<p>*<em>foo</em></p>\n")
    }

    @Test func codeSpans() throws {
        #expect(inlines("`a  b` `` ` `` ``x") == [.code("a  b"), .text(" "), .code("`"), .text(" ``x")])
        #expect(renderHTML("`<b>*no*</b>`") == "<p><code>&lt;b&gt;*no*&lt;/b&gt;</code></p>\n")
    }

    @Test func inlineLinksWithTitles() throws {
        #expect(
            inlines("[Soompi](https://www.soompi.com \"K-news\")") == [
                .link(destination: "https://www.soompi.com", title: "K-news", content: [.text("Soompi")])
            ])
        #expect(renderHTML("[a](</my url> \"t\")") == "<p><a href=\"/my%20url\" title=\"t\">a</a></p>\n")
    }

    @Test func referenceLinks() throws {
        let markdown = "[full][ref], [collapsed][], [shortcut] and [Ref].\n\n[ref]: /dramas \"Dramas\"\n[collapsed]: /c\n[shortcut]: /s"
        #expect(
            renderHTML(markdown) == """
                <p><a href="/dramas" title="Dramas">full</a>, <a href="/c">collapsed</a>, <a href="/s">shortcut</a> and <a href="/dramas" title="Dramas">Ref</a>.</p>

                """)
    }

    @Test func undefinedReferenceStaysText() throws {
        #expect(renderHTML("[nothing][here]") == "<p>[nothing][here]</p>\n")
    }

    @Test func autolinks() throws {
        #expect(
            inlines("<https://example.com/a?b=c> <fan@example.kr>") == [
                .autolink(destination: "https://example.com/a?b=c", text: "https://example.com/a?b=c"),
                .text(" "),
                .autolink(destination: "mailto:fan@example.kr", text: "fan@example.kr"),
            ])
        #expect(renderHTML("<https://a.b/c d>") == "<p>&lt;https://a.b/c d&gt;</p>\n")
    }

    @Test func images() throws {
        #expect(
            renderHTML("![Poster of *Goblin*](/img/goblin.jpg \"Goblin\")")
                == "<p><img src=\"/img/goblin.jpg\" alt=\"Poster of Goblin\" title=\"Goblin\" /></p>\n")
    }

    @Test func hardAndSoftBreaks() throws {
        #expect(inlines("a  \nb\\\nc\nd") == [.text("a"), .hardBreak, .text("b"), .hardBreak, .text("c"), .softBreak, .text("d")])
        #expect(renderHTML("a  \nb") == "<p>a<br />\nb</p>\n")
    }

    @Test func backslashEscapes() throws {
        #expect(inlines("\\*not emphasis\\* \\[x\\] \\q") == [.text("*not emphasis* [x] \\q")])
    }

    @Test func characterReferences() throws {
        #expect(inlines("&amp; &copy; &#35; &#x22; &#0; &nosuch;") == [.text("& © # \" \u{FFFD} &nosuch;")])
        #expect(renderHTML("AT&amp;T &lt;3") == "<p>AT&amp;T &lt;3</p>\n")
    }

    @Test func linksCannotNest() throws {
        #expect(renderHTML("[a [b](/b) c](/a)") == "<p>[a <a href=\"/b\">b</a> c](/a)</p>\n")
    }

    @Test func textNodesStayWholeForLaterScanning() throws {
        #expect(
            inlines("IU & Lee Jong-suk [star] in *Hotel*") == [
                .text("IU & Lee Jong-suk [star] in "), .emphasis([.text("Hotel")]),
            ])
    }
}
