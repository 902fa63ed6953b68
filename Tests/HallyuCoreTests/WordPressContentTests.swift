import Foundation
import HallyuCore
import Testing

/// Post HTML as WordPress 6 stores it, classic and block editor, read as Hallyu Markdown.
@Suite struct WordPressContentTests {
    private func convert(_ html: String) -> WordPressContent { WordPressContent.markdown(from: html) }

    @Test func blockEditorParagraphsHeadingsAndLists() {
        let html = """
            <!-- wp:paragraph -->
            <p>The finale of <strong>Queen of Tears</strong> drew a
            24.9% rating, the <em>highest</em> in tvN&#8217;s history.</p>
            <!-- /wp:paragraph -->

            <!-- wp:heading -->
            <h2 class="wp-block-heading">What happened next</h2>
            <!-- /wp:heading -->

            <!-- wp:list -->
            <ul class="wp-block-list"><!-- wp:list-item -->
            <li>Kim Soo-hyun as Baek Hyun-woo</li>
            <!-- /wp:list-item -->

            <!-- wp:list-item -->
            <li>Kim Ji-won as Hong Hae-in<ul><li>a chaebol heiress</li></ul></li>
            <!-- /wp:list-item --></ul>
            <!-- /wp:list -->

            <!-- wp:separator -->
            <hr class="wp-block-separator has-alpha-channel-opacity"/>
            <!-- /wp:separator -->
            """
        let result = convert(html)
        #expect(
            result.markdown == """
                The finale of **Queen of Tears** drew a 24.9% rating, the *highest* in tvN’s history.

                ## What happened next

                - Kim Soo-hyun as Baek Hyun-woo
                - Kim Ji-won as Hong Hae-in
                  - a chaebol heiress

                ---
                """)
        #expect(result.notes.isEmpty)
    }

    @Test func quotesKeepTheirCitationAsTheAttribution() {
        let html = """
            <!-- wp:quote -->
            <blockquote class="wp-block-quote"><!-- wp:paragraph -->
            <p>I wanted Hae-in to be someone who never gives up.</p>
            <!-- /wp:paragraph --><cite>Kim Ji-won, at the press conference</cite></blockquote>
            <!-- /wp:quote -->
            """
        #expect(
            convert(html).markdown == """
                > I wanted Hae-in to be someone who never gives up.
                > — Kim Ji-won, at the press conference
                """)
    }

    @Test func imagesEmbedsAndTables() {
        let html = """
            <!-- wp:image {"id":12,"sizeSlug":"large"} -->
            <figure class="wp-block-image size-large"><img src="https://k.example/wp-content/uploads/2024/03/poster.jpg" alt="The poster" class="wp-image-12"/><figcaption class="wp-element-caption">The official poster. Photo: tvN</figcaption></figure>
            <!-- /wp:image -->

            <!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->
            <figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
            https://www.youtube.com/watch?v=dQw4w9WgXcQ
            </div></figure>
            <!-- /wp:embed -->

            <!-- wp:table -->
            <figure class="wp-block-table"><table><thead><tr><th>Episode</th><th>Rating</th></tr></thead><tbody><tr><td>1</td><td>5.9%</td></tr><tr><td>16</td><td>24.9% | record</td></tr></tbody></table></figure>
            <!-- /wp:table -->
            """
        let result = convert(html)
        #expect(
            result.markdown == """
                ![The poster](https://k.example/wp-content/uploads/2024/03/poster.jpg)

                *The official poster. Photo: tvN*

                https://www.youtube.com/watch?v=dQw4w9WgXcQ

                | Episode | Rating |
                | --- | --- |
                | 1 | 5.9% |
                | 16 | 24.9% \\| record |
                """)
    }

    @Test func classicPostsBreakParagraphsWhereTheWriterDid() {
        let html = """
            Jennie's solo album arrives in March &amp; a tour follows.
            Tickets go on sale next week.

            [caption id="attachment_7" align="aligncenter" width="800"]<a href="https://k.example/wp-content/uploads/jennie.jpg"><img src="https://k.example/wp-content/uploads/jennie-800x533.jpg" alt="Jennie on stage" width="800" height="533" class="size-large wp-image-7" /></a> Jennie at Coachella. Photo: Getty[/caption]

            [embed]https://www.youtube.com/watch?v=abcdefghijk[/embed]

            https://www.youtube.com/watch?v=kjihgfedcba

            <h2>The set list</h2>
            <ol>
            	<li>Mantra</li>
            	<li>You &amp; Me</li>
            </ol>
            Read the <a href="https://k.example/2024/03/01/jennie-solo/">first report</a>.
            """
        let result = convert(html)
        #expect(
            result.markdown == """
                Jennie's solo album arrives in March \\& a tour follows.\\
                Tickets go on sale next week.

                ![Jennie on stage](https://k.example/wp-content/uploads/jennie-800x533.jpg)

                *Jennie at Coachella. Photo: Getty*

                https://www.youtube.com/watch?v=abcdefghijk

                https://www.youtube.com/watch?v=kjihgfedcba

                ## The set list

                1. Mantra
                2. You \\& Me

                Read the [first report](https://k.example/2024/03/01/jennie-solo/).
                """)
    }

    @Test func whatMarkdownCannotSayIsKeptAsTextAndNamed() {
        let html = """
            <p>Vote below.</p>
            [contact-form-7 id="5" title="Tips"]
            [gallery ids="1,2"]
            <p>Brackets [sic] are the writer's own.</p>
            <iframe src="https://maps.example.com/embed?q=Seoul" width="600"></iframe>
            <script>alert("x")</script>
            <div class="custom"><span style="color:red">Red</span> <del>old</del> text</div>
            <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
            """
        let result = convert(html)
        #expect(
            result.markdown.contains("\\[contact\\-form\\-7 id=\"5\" title=\"Tips\"\\]")
                || result.markdown.contains("\\[contact-form-7 id=\"5\" title=\"Tips\"\\]"))
        #expect(result.markdown.contains("\\[sic\\]"))
        #expect(result.markdown.contains("```html\n<script>alert(\"x\")</script>\n```"))
        #expect(result.markdown.contains("```html\n<iframe src=\"https://maps.example.com/embed?q=Seoul\" width=\"600\"></iframe>\n```"))
        #expect(result.markdown.contains("\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ"))
        #expect(result.markdown.contains("Red old text"))
        #expect(
            result.notes == [
                "the shortcode [contact-form-7], kept as text", "the shortcode [gallery], kept as text",
                "<iframe> from maps.example.com, kept as text", "<script>, kept as text",
                "inline styles (style=\"…\"), not carried", "<del> formatting, its text kept",
            ])
        // Nothing of it reaches a page as markup.
        let page = MarkdownHTMLRenderer().render(Markdown.parse(result.markdown))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<iframe src=\"https://maps"))
    }

    @Test func textThatLooksLikeMarkdownStaysText() {
        let result = convert("<p>*Not* emphasis, 2024. A year; # not a heading; [[Han So-hee]] typed; a_b &lt;b&gt;</p><p>- not a list</p>")
        let page = MarkdownHTMLRenderer().render(Markdown.parse(result.markdown))
        #expect(page.contains("*Not* emphasis"))
        #expect(page.contains("[[Han So-hee]]"))
        #expect(page.contains("&lt;b&gt;"))
        #expect(page.contains("- not a list"))
        #expect(!page.contains("<em>"))
        #expect(!page.contains("<li>"))
    }

    @Test func emphasisStaysEmphasisBesidePunctuationAndPipesStayInTheirCells() {
        let result = convert(
            "<p>배우<em>'김수현'</em>이 <strong>‘눈물의 여왕’</strong>이 <a href=\"https://x.example/a b|c\">link</a></p><table><tr><th>Code</th></tr><tr><td><code>a|b</code></td></tr></table>"
        )
        let page = MarkdownHTMLRenderer().render(Markdown.parse(result.markdown))
        #expect(page.contains("'<em><span lang=\"ko\">김수현</span></em>'"), "\(result.markdown)")
        #expect(page.contains("‘<strong><span lang=\"ko\">눈물의 여왕</span></strong>’"), "\(result.markdown)")
        #expect(page.contains("href=\"https://x.example/a%20b%7Cc\""), "\(result.markdown)")
        #expect(page.contains("<td><code>a|b</code></td>"), "\(result.markdown)")
    }
}
