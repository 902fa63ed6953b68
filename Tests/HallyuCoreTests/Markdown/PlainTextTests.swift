import Foundation
import HallyuCore
import Testing

@Suite struct PlainTextTests {
    @Test func rendersBlocksWithoutMarkup() throws {
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
        #expect(
            MarkdownPlainText.render(Markdown.parse(markdown)) == """
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

    @Test func wordCountCountsHangulWordsBySpaces() throws {
        #expect(MarkdownPlainText.wordCount("사랑의 불시착은 정말 재미있어요") == 4)
        #expect(MarkdownPlainText.wordCount("Crash Landing on You — 2019, tvN.") == 6)
        #expect(MarkdownPlainText.wordCount("  \n\t ") == 0)
        #expect(MarkdownPlainText.wordCount("IU(아이유) 🎤 sings") == 2)
    }

    @Test func excerptCutsOnWordBoundary() throws {
        let document = Markdown.parse("# Title\n\nThe first paragraph is here.\n\nAnd a second one follows it.")
        #expect(MarkdownPlainText.excerpt(document, maxCharacters: 200) == "The first paragraph is here. And a second one follows it.")
        #expect(MarkdownPlainText.excerpt(document, maxCharacters: 20) == "The first paragraph…")
        #expect(MarkdownPlainText.excerpt(document, maxCharacters: 20).count <= 20)
        #expect(MarkdownPlainText.excerpt(document, maxCharacters: 0) == "")
    }

    @Test func excerptOfHangulAndLongWords() throws {
        let korean = Markdown.parse("사랑의 불시착은 정말 재미있어요")
        #expect(MarkdownPlainText.excerpt(korean, maxCharacters: 10) == "사랑의 불시착은…")
        let long = Markdown.parse(String(repeating: "가", count: 50))
        #expect(MarkdownPlainText.excerpt(long, maxCharacters: 10) == String(repeating: "가", count: 9) + "…")
    }

    @Test func excerptWithoutParagraphsUsesAllText() throws {
        #expect(MarkdownPlainText.excerpt(Markdown.parse("# Only a heading"), maxCharacters: 50) == "Only a heading")
    }
}
