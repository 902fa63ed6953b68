import Foundation
import HallyuCore
import Testing

@Suite struct AttributedQuoteTests {
    @Test func emDashLineBecomesAttribution() throws {
        #expect(
            parseBlocks("> Acting is listening.\n> — Kim *Hye-soo*") == [
                .blockquote(
                    [.paragraph([.text("Acting is listening.")])],
                    attribution: [.text("Kim "), .emphasis([.text("Hye-soo")])])
            ])
        #expect(
            renderHTML("> Acting is listening.\n>\n> — Kim Hye-soo, 2023") == """
                <figure class="quote"><blockquote>
                <p>Acting is listening.</p>
                </blockquote><figcaption>— Kim Hye-soo, 2023</figcaption></figure>

                """)
    }

    @Test func doubleHyphenAlsoWorks() throws {
        #expect(parseBlocks("> Fighting!\n-- Coach") == [.blockquote([.paragraph([.text("Fighting!")])], attribution: [.text("Coach")])])
    }

    @Test func onlyTheLastLineCounts() throws {
        #expect(
            parseBlocks("> — not last\n> still quoting") == [
                .blockquote([.paragraph([.text("— not last"), .softBreak, .text("still quoting")])], attribution: nil)
            ])
        #expect(renderHTML("> plain quote") == "<blockquote>\n<p>plain quote</p>\n</blockquote>\n")
    }

    @Test func attributionAloneIsNotAnAttribution() throws {
        #expect(parseBlocks("> — Someone") == [.blockquote([.paragraph([.text("— Someone")])], attribution: nil)])
    }

    @Test func specModeKeepsTheLine() throws {
        #expect(renderHTML("> a\n> — b", options: .commonMark) == "<blockquote>\n<p>a\n— b</p>\n</blockquote>\n")
    }

    @Test func plainTextKeepsTheAttribution() throws {
        #expect(MarkdownPlainText.render(Markdown.parse("> Quote\n> — Name")) == "Quote\n\n— Name")
    }
}
