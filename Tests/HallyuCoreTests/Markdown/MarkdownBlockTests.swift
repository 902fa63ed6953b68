import Foundation
import HallyuCore
import Testing

@Suite struct MarkdownBlockTests {
    @Test func aTXHeadingsGetSlugIDs() throws {
        #expect(renderHTML("# Hello *World*") == "<h1 id=\"hello-world\">Hello <em>World</em></h1>\n")
        #expect(renderHTML("### Closing hashes ###") == "<h3 id=\"closing-hashes\">Closing hashes</h3>\n")
    }

    @Test func setextHeadings() throws {
        #expect(
            parseBlocks("Headline\n=====\n\nSub\n---") == [
                .heading(level: 1, content: [.text("Headline")], id: "headline"),
                .heading(level: 2, content: [.text("Sub")], id: "sub"),
            ])
    }

    @Test func duplicateHeadingsGetNumberedIDs() throws {
        let headings = Markdown.parse("## Episodes\n\n## Episodes\n\n## Episodes\n\n## Episodes 2").headings
        #expect(headings.map(\.id) == ["episodes", "episodes-2", "episodes-3", "episodes-2-2"])
    }

    /// The page's own anchors stay the page's: `#comment-form` links and the form's script find
    /// the form, not a writer's heading.
    @Test func headingsNeverTakeThePagesOwnIDs() throws {
        let headings = Markdown.parse("# Comment form\n\n## Comments\n\n## Cast\n\n## Cast\n\n## Main").headings
        #expect(headings.map(\.id) == ["comment-form-2", "comments-2", "cast-2", "cast-3", "main-2"])
        for id in headings.map(\.id) { #expect(!PageAnchors.reserved.contains(id)) }
        #expect(renderHTML("# Comment form").contains("id=\"comment-form-2\""))
    }

    @Test func hangulOnlyHeadingGetsSectionID() throws {
        let headings = Markdown.parse("# Intro\n\n## 등장인물\n\n## 줄거리").headings
        #expect(headings.map(\.id) == ["intro", "section-2", "section-3"])
        #expect(headings.map(\.text) == ["Intro", "등장인물", "줄거리"])
        #expect(headings.map(\.level) == [1, 2, 2])
    }

    @Test func specModeHasNoHeadingIDs() throws {
        #expect(renderHTML("# Hello", options: .commonMark) == "<h1>Hello</h1>\n")
        #expect(Markdown.parse("# Hello", options: .commonMark).headings.first?.id == "")
    }

    @Test func headingsInsideContainersAreListed() throws {
        let headings = Markdown.parse("> # Quoted\n\n- ## Listed").headings
        #expect(headings.map(\.text) == ["Quoted", "Listed"])
    }

    @Test func paragraphsAndSoftBreaks() throws {
        #expect(renderHTML("one\ntwo\n\nthree") == "<p>one\ntwo</p>\n<p>three</p>\n")
    }

    @Test func fencedCodeWithInfoString() throws {
        #expect(renderHTML("```swift extra\nlet x = 1 < 2\n```") == "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n")
        #expect(renderHTML("~~~\n~~~ inside\n~~~") == "<pre><code>~~~ inside\n</code></pre>\n")
        #expect(parseBlocks("``` rust\nfn\n```") == [.codeBlock(info: "rust", code: "fn\n")])
    }

    @Test func unclosedFenceRunsToEnd() throws {
        #expect(renderHTML("```\na\n\nb") == "<pre><code>a\n\nb\n</code></pre>\n")
    }

    @Test func indentedCode() throws {
        #expect(renderHTML("    code\n\n    more\n\n\ntext") == "<pre><code>code\n\nmore\n</code></pre>\n<p>text</p>\n")
    }

    @Test func tightAndLooseLists() throws {
        #expect(renderHTML("- a\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(renderHTML("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    }

    @Test func nestedListsAndOrderedStart() throws {
        #expect(
            renderHTML("3. one\n4. two\n   - x\n   - y\n")
                == "<ol start=\"3\">\n<li>one</li>\n<li>two\n<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n</li>\n</ol>\n")
        guard case let .list(list)? = parseBlocks("1) a\n2) b").first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.start == 1)
        #expect(list.isTight)
        #expect(list.items.count == 2)
    }

    @Test func orderedListStartIsCappedAtNineDigits() throws {
        #expect(renderHTML("123456789. ok") == "<ol start=\"123456789\">\n<li>ok</li>\n</ol>\n")
        #expect(renderHTML("1234567890. not a list") == "<p>1234567890. not a list</p>\n")
    }

    @Test func blockquotesAndLaziness() throws {
        #expect(renderHTML("> a\nb\n> c") == "<blockquote>\n<p>a\nb\nc</p>\n</blockquote>\n")
        #expect(renderHTML("> > deep") == "<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n</blockquote>\n")
    }

    @Test func thematicBreaks() throws {
        #expect(renderHTML("***\n- - -\n___") == "<hr />\n<hr />\n<hr />\n")
    }

    @Test func thematicBreakInsideNestedContainersOnOneLine() throws {
        #expect(renderHTML("- > 1. ---") == "<ul>\n<li>\n<blockquote>\n<ol>\n<li>\n<hr />\n</li>\n</ol>\n</blockquote>\n</li>\n</ul>\n")
    }

    @Test func pipeTableWithAlignment() throws {
        let html = renderHTML("| Name | Episodes | Rating |\n|:-----|:-------:|------:|\n| Goblin | 16 | 9.1 |\n| Vincenzo | 20 |")
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th align="left">Name</th>
                <th align="center">Episodes</th>
                <th align="right">Rating</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">Goblin</td>
                <td align="center">16</td>
                <td align="right">9.1</td>
                </tr>
                <tr>
                <td align="left">Vincenzo</td>
                <td align="center">20</td>
                <td align="right"></td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func tableCellsAllowInlinesAndEscapedPipes() throws {
        guard case let .table(table)? = parseBlocks("a | b\n--|--\n`x\\|y` | *z*").first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.alignments == [.none, .none])
        #expect(table.rows == [[[.code("x|y")], [.emphasis([.text("z")])]]])
    }

    @Test func tableNeedsMatchingHeader() throws {
        #expect(renderHTML("a | b\n--- | --- | ---") == "<p>a | b\n--- | --- | ---</p>\n")
        #expect(renderHTML("Heading\n---") == "<h2 id=\"heading\">Heading</h2>\n")
    }

    @Test func tableKeepsParagraphAbove() throws {
        let blocks = parseBlocks("Intro line\n| a |\n| - |\n| 1 |")
        #expect(blocks.count == 2)
        #expect(blocks.first == .paragraph([.text("Intro line")]))
    }

    @Test func tabsUseFourColumnStops() throws {
        #expect(renderHTML("\tcode") == "<pre><code>code\n</code></pre>\n")
        #expect(renderHTML("-\tfoo\n\n\tbar") == "<ul>\n<li>\n<p>foo</p>\n<p>bar</p>\n</li>\n</ul>\n")
    }

    @Test func allLineEndingsAreAccepted() throws {
        let expected = "<p>a\nb\nc</p>\n<p>d</p>\n"
        #expect(renderHTML("a\nb\nc\n\nd") == expected)
        #expect(renderHTML("a\r\nb\r\nc\r\n\r\nd") == expected)
        #expect(renderHTML("a\rb\rc\r\rd") == expected)
    }

    @Test func nULBecomesReplacementCharacter() throws {
        #expect(renderHTML("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func inkHangAndCrashInputs() throws {
        #expect(renderHTML("Line 1\n\n<p\n\nLine 2") == "<p>Line 1</p>\n<p>&lt;p</p>\n<p>Line 2</p>\n")
        #expect(renderHTML("\n---\n\n\n") == "<hr />\n")
    }

    @Test func deepNestingBecomesText() throws {
        let html = renderHTML(String(repeating: ">", count: 200) + " deep")
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 64)
        #expect(html.contains("&gt;&gt;"))
    }
}
