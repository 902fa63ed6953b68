import HallyuCore
import XCTest

final class MarkdownBlockTests: XCTestCase {
    func testATXHeadingsGetSlugIDs() {
        XCTAssertEqual(renderHTML("# Hello *World*"), "<h1 id=\"hello-world\">Hello <em>World</em></h1>\n")
        XCTAssertEqual(renderHTML("### Closing hashes ###"), "<h3 id=\"closing-hashes\">Closing hashes</h3>\n")
    }

    func testSetextHeadings() {
        XCTAssertEqual(
            parseBlocks("Title\n=====\n\nSub\n---"),
            [.heading(level: 1, content: [.text("Title")], id: "title"),
             .heading(level: 2, content: [.text("Sub")], id: "sub")]
        )
    }

    func testDuplicateHeadingsGetNumberedIDs() {
        let headings = Markdown.parse("## Cast\n\n## Cast\n\n## Cast\n\n## Cast 2").headings
        XCTAssertEqual(headings.map(\.id), ["cast", "cast-2", "cast-3", "cast-2-2"])
    }

    func testHangulOnlyHeadingGetsSectionID() {
        let headings = Markdown.parse("# Intro\n\n## 등장인물\n\n## 줄거리").headings
        XCTAssertEqual(headings.map(\.id), ["intro", "section-2", "section-3"])
        XCTAssertEqual(headings.map(\.text), ["Intro", "등장인물", "줄거리"])
        XCTAssertEqual(headings.map(\.level), [1, 2, 2])
    }

    func testSpecModeHasNoHeadingIDs() {
        XCTAssertEqual(renderHTML("# Hello", options: .commonMark), "<h1>Hello</h1>\n")
        XCTAssertEqual(Markdown.parse("# Hello", options: .commonMark).headings.first?.id, "")
    }

    func testHeadingsInsideContainersAreListed() {
        let headings = Markdown.parse("> # Quoted\n\n- ## Listed").headings
        XCTAssertEqual(headings.map(\.text), ["Quoted", "Listed"])
    }

    func testParagraphsAndSoftBreaks() {
        XCTAssertEqual(renderHTML("one\ntwo\n\nthree"), "<p>one\ntwo</p>\n<p>three</p>\n")
    }

    func testFencedCodeWithInfoString() {
        XCTAssertEqual(
            renderHTML("```swift extra\nlet x = 1 < 2\n```"),
            "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n"
        )
        XCTAssertEqual(renderHTML("~~~\n~~~ inside\n~~~"), "<pre><code>~~~ inside\n</code></pre>\n")
        XCTAssertEqual(parseBlocks("``` rust\nfn\n```"), [.codeBlock(info: "rust", code: "fn\n")])
    }

    func testUnclosedFenceRunsToEnd() {
        XCTAssertEqual(renderHTML("```\na\n\nb"), "<pre><code>a\n\nb\n</code></pre>\n")
    }

    func testIndentedCode() {
        XCTAssertEqual(renderHTML("    code\n\n    more\n\n\ntext"), "<pre><code>code\n\nmore\n</code></pre>\n<p>text</p>\n")
    }

    func testTightAndLooseLists() {
        XCTAssertEqual(renderHTML("- a\n- b"), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        XCTAssertEqual(renderHTML("- a\n\n- b"), "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    }

    func testNestedListsAndOrderedStart() {
        XCTAssertEqual(
            renderHTML("3. one\n4. two\n   - x\n   - y\n"),
            "<ol start=\"3\">\n<li>one</li>\n<li>two\n<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n</li>\n</ol>\n"
        )
        guard case let .list(list)? = parseBlocks("1) a\n2) b").first else { return XCTFail("expected a list") }
        XCTAssertEqual(list.start, 1)
        XCTAssertTrue(list.isTight)
        XCTAssertEqual(list.items.count, 2)
    }

    func testOrderedListStartIsCappedAtNineDigits() {
        XCTAssertEqual(renderHTML("123456789. ok"), "<ol start=\"123456789\">\n<li>ok</li>\n</ol>\n")
        XCTAssertEqual(renderHTML("1234567890. not a list"), "<p>1234567890. not a list</p>\n")
    }

    func testBlockquotesAndLaziness() {
        XCTAssertEqual(renderHTML("> a\nb\n> c"), "<blockquote>\n<p>a\nb\nc</p>\n</blockquote>\n")
        XCTAssertEqual(renderHTML("> > deep"), "<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n</blockquote>\n")
    }

    func testThematicBreaks() {
        XCTAssertEqual(renderHTML("***\n- - -\n___"), "<hr />\n<hr />\n<hr />\n")
    }

    func testThematicBreakInsideNestedContainersOnOneLine() {
        XCTAssertEqual(renderHTML("- > 1. ---"),
                       "<ul>\n<li>\n<blockquote>\n<ol>\n<li>\n<hr />\n</li>\n</ol>\n</blockquote>\n</li>\n</ul>\n")
    }

    func testPipeTableWithAlignment() {
        let html = renderHTML("| Name | Episodes | Rating |\n|:-----|:-------:|------:|\n| Goblin | 16 | 9.1 |\n| Vincenzo | 20 |")
        XCTAssertEqual(html, """
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

    func testTableCellsAllowInlinesAndEscapedPipes() {
        guard case let .table(table)? = parseBlocks("a | b\n--|--\n`x\\|y` | *z*").first else {
            return XCTFail("expected a table")
        }
        XCTAssertEqual(table.alignments, [.none, .none])
        XCTAssertEqual(table.rows, [[[.code("x|y")], [.emphasis([.text("z")])]]])
    }

    func testTableNeedsMatchingHeader() {
        XCTAssertEqual(renderHTML("a | b\n--- | --- | ---"), "<p>a | b\n--- | --- | ---</p>\n")
        XCTAssertEqual(renderHTML("Title\n---"), "<h2 id=\"title\">Title</h2>\n")
    }

    func testTableKeepsParagraphAbove() {
        let blocks = parseBlocks("Intro line\n| a |\n| - |\n| 1 |")
        XCTAssertEqual(blocks.count, 2)
        XCTAssertEqual(blocks.first, .paragraph([.text("Intro line")]))
    }

    func testTabsUseFourColumnStops() {
        XCTAssertEqual(renderHTML("\tcode"), "<pre><code>code\n</code></pre>\n")
        XCTAssertEqual(renderHTML("-\tfoo\n\n\tbar"), "<ul>\n<li>\n<p>foo</p>\n<p>bar</p>\n</li>\n</ul>\n")
    }

    func testAllLineEndingsAreAccepted() {
        let expected = "<p>a\nb\nc</p>\n<p>d</p>\n"
        XCTAssertEqual(renderHTML("a\nb\nc\n\nd"), expected)
        XCTAssertEqual(renderHTML("a\r\nb\r\nc\r\n\r\nd"), expected)
        XCTAssertEqual(renderHTML("a\rb\rc\r\rd"), expected)
    }

    func testNULBecomesReplacementCharacter() {
        XCTAssertEqual(renderHTML("a\u{0}b"), "<p>a\u{FFFD}b</p>\n")
    }

    func testInkHangAndCrashInputs() {
        XCTAssertEqual(renderHTML("Line 1\n\n<p\n\nLine 2"), "<p>Line 1</p>\n<p>&lt;p</p>\n<p>Line 2</p>\n")
        XCTAssertEqual(renderHTML("\n---\n\n\n"), "<hr />\n")
    }

    func testDeepNestingBecomesText() {
        let html = renderHTML(String(repeating: ">", count: 200) + " deep")
        XCTAssertEqual(html.components(separatedBy: "<blockquote>").count - 1, 64)
        XCTAssertTrue(html.contains("&gt;&gt;"))
    }
}
