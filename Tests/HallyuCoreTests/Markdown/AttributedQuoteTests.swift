import HallyuCore
import XCTest

final class AttributedQuoteTests: XCTestCase {
    func testEmDashLineBecomesAttribution() {
        XCTAssertEqual(parseBlocks("> Acting is listening.\n> — Kim *Hye-soo*"), [
            .blockquote([.paragraph([.text("Acting is listening.")])],
                        attribution: [.text("Kim "), .emphasis([.text("Hye-soo")])]),
        ])
        XCTAssertEqual(renderHTML("> Acting is listening.\n>\n> — Kim Hye-soo, 2023"), """
        <figure class="quote"><blockquote>
        <p>Acting is listening.</p>
        </blockquote><figcaption>— Kim Hye-soo, 2023</figcaption></figure>

        """)
    }

    func testDoubleHyphenAlsoWorks() {
        XCTAssertEqual(parseBlocks("> Fighting!\n-- Coach"),
                       [.blockquote([.paragraph([.text("Fighting!")])], attribution: [.text("Coach")])])
    }

    func testOnlyTheLastLineCounts() {
        XCTAssertEqual(parseBlocks("> — not last\n> still quoting"),
                       [.blockquote([.paragraph([.text("— not last"), .softBreak, .text("still quoting")])], attribution: nil)])
        XCTAssertEqual(renderHTML("> plain quote"), "<blockquote>\n<p>plain quote</p>\n</blockquote>\n")
    }

    func testAttributionAloneIsNotAnAttribution() {
        XCTAssertEqual(parseBlocks("> — Someone"), [.blockquote([.paragraph([.text("— Someone")])], attribution: nil)])
    }

    func testSpecModeKeepsTheLine() {
        XCTAssertEqual(renderHTML("> a\n> — b", options: .commonMark), "<blockquote>\n<p>a\n— b</p>\n</blockquote>\n")
    }

    func testPlainTextKeepsTheAttribution() {
        XCTAssertEqual(MarkdownPlainText.render(Markdown.parse("> Quote\n> — Name")), "Quote\n\n— Name")
    }
}
