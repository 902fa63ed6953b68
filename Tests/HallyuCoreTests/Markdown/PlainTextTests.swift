import HallyuCore
import XCTest

final class PlainTextTests: XCTestCase {
    func testRendersBlocksWithoutMarkup() {
        let markdown = """
        # Review: *Goblin*

        The **best** drama of 2016, says [Soompi](https://soompi.com).
        A second line.

        - one
        - two
          - nested

        ```
        code()
        ```

        ---

        | a | b |
        |---|---|
        | 1 | 2 |

        https://youtu.be/dQw4w9WgXcQ

        <b>raw</b>
        """
        XCTAssertEqual(MarkdownPlainText.render(Markdown.parse(markdown)), """
        Review: Goblin

        The best drama of 2016, says Soompi. A second line.

        one
        two
        nested

        code()

        a\tb
        1\t2

        https://youtu.be/dQw4w9WgXcQ

        <b>raw</b>
        """)
    }

    func testWordCountCountsHangulWordsBySpaces() {
        XCTAssertEqual(MarkdownPlainText.wordCount("사랑의 불시착은 정말 재미있어요"), 4)
        XCTAssertEqual(MarkdownPlainText.wordCount("Crash Landing on You — 2019, tvN."), 6)
        XCTAssertEqual(MarkdownPlainText.wordCount("  \n\t "), 0)
        XCTAssertEqual(MarkdownPlainText.wordCount("IU(아이유) 🎤 sings"), 2)
    }

    func testExcerptCutsOnWordBoundary() {
        let document = Markdown.parse("# Title\n\nThe first paragraph is here.\n\nAnd a second one follows it.")
        XCTAssertEqual(MarkdownPlainText.excerpt(document, maxCharacters: 200),
                       "The first paragraph is here. And a second one follows it.")
        XCTAssertEqual(MarkdownPlainText.excerpt(document, maxCharacters: 20), "The first paragraph…")
        XCTAssertLessThanOrEqual(MarkdownPlainText.excerpt(document, maxCharacters: 20).count, 20)
        XCTAssertEqual(MarkdownPlainText.excerpt(document, maxCharacters: 0), "")
    }

    func testExcerptOfHangulAndLongWords() {
        let korean = Markdown.parse("사랑의 불시착은 정말 재미있어요")
        XCTAssertEqual(MarkdownPlainText.excerpt(korean, maxCharacters: 10), "사랑의 불시착은…")
        let long = Markdown.parse(String(repeating: "가", count: 50))
        XCTAssertEqual(MarkdownPlainText.excerpt(long, maxCharacters: 10), String(repeating: "가", count: 9) + "…")
    }

    func testExcerptWithoutParagraphsUsesAllText() {
        XCTAssertEqual(MarkdownPlainText.excerpt(Markdown.parse("# Only a heading"), maxCharacters: 50), "Only a heading")
    }
}
