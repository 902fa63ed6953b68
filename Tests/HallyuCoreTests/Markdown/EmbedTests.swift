import Foundation
import HallyuCore
import Testing

@Suite struct EmbedTests {
    @Test func youTubeForms() throws {
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ",
            "https://youtube.com/shorts/dQw4w9WgXcQ", "http://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
        ] {
            let embed = Embed.recognise(url)
            #expect(embed.provider == .youtube, "\(url)")
            #expect(embed.embedURL == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", "\(url)")
            #expect(embed.originalURL == url)
        }
    }

    @Test func invalidYouTubeIDsFallBackToLinks() throws {
        for url in [
            "https://youtu.be/short", "https://www.youtube.com/watch?v=dQw4w9WgXcQ1",
            "https://www.youtube.com/watch?v=dQw4w9WgX%3C", "https://www.youtube.com/channel/abc",
        ] {
            #expect(Embed.recognise(url).provider == .link, "\(url)")
            #expect(Embed.recognise(url).embedURL == nil, "\(url)")
        }
    }

    @Test func instagramXAndTikTok() throws {
        #expect(Embed.recognise("https://www.instagram.com/p/C1a2B3c4D5e/").embedURL == "https://www.instagram.com/p/C1a2B3c4D5e/embed")
        #expect(Embed.recognise("https://instagram.com/reel/Cxyz_-9/?igsh=abc").embedURL == "https://www.instagram.com/p/Cxyz_-9/embed")
        #expect(
            Embed.recognise("https://x.com/BTS_twt/status/1790000000000000000").embedURL
                == "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000")
        #expect(Embed.recognise("https://twitter.com/bts_bighit/status/12345?s=20").provider == .x)
        #expect(
            Embed.recognise("https://www.tiktok.com/@newjeans_official/video/7230000000000000000").embedURL
                == "https://www.tiktok.com/embed/v2/7230000000000000000")
        #expect(Embed.recognise("https://x.com/user/status/notanumber").provider == .link)
        #expect(Embed.recognise("https://www.tiktok.com/@user/video/12ab").provider == .link)
        #expect(Embed.recognise("https://instagram.com/p/bad%code/").provider == .link)
    }

    @Test func youTubeEmbedMarkup() throws {
        #expect(
            renderHTML("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42") == """
                <figure class="embed embed--youtube" data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" \
                data-embed-provider="YouTube"><a class="embed__link" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42" \
                rel="noopener" target="_blank"><span class="embed__play" aria-hidden="true">▶</span><span class="embed__label">\
                Watch on YouTube</span><span class="embed__url">youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42</span></a><figcaption \
                class="embed__notice">Clicking loads content from YouTube.</figcaption></figure>

                """)
    }

    @Test func linkCardMarkup() throws {
        #expect(
            renderHTML("https://www.soompi.com/article/1234567wpp/a-very-long-headline-about-dramas") == """
                <figure class="embed embed--link"><a class="embed__link" href="https://www.soompi.com/article/1234567wpp/a-very-long-headline-about-dramas" \
                rel="noopener nofollow" target="_blank"><span class="embed__label">soompi.com</span><span class="embed__url">\
                soompi.com/article/1234567wpp/a-very-lo…</span></a></figure>

                """)
    }

    @Test func nothingFromThirdPartiesLoadsBeforeAClick() throws {
        let html = renderHTML(
            """
            https://youtu.be/dQw4w9WgXcQ

            https://www.instagram.com/p/C1a2B3c4D5e/

            https://x.com/user/status/1

            https://www.tiktok.com/@user/video/1
            """)
        #expect(html.components(separatedBy: "<figure").count - 1 == 4)
        for tag in ["<iframe", "<script", "<img", "<video", "<link", " src=", "srcset"] {
            #expect(!(html.contains(tag)), "\(tag)")
        }
        #expect(html.contains("data-embed-provider=\"Instagram\""))
        #expect(html.contains("data-embed-provider=\"X\""))
        #expect(html.contains("data-embed-provider=\"TikTok\""))
    }

    @Test func onlyABareURLAloneInItsParagraphEmbeds() throws {
        #expect(parseBlocks("See https://youtu.be/dQw4w9WgXcQ") == [.paragraph([.text("See https://youtu.be/dQw4w9WgXcQ")])])
        #expect(parseBlocks("https://youtu.be/dQw4w9WgXcQ\nmore text").count == 1)
        guard case .paragraph? = parseBlocks("https://youtu.be/dQw4w9WgXcQ\nmore text").first else {
            Issue.record("two lines stay a paragraph")
            return
        }
        #expect(parseBlocks("<https://youtu.be/dQw4w9WgXcQ>").count == 1)
        if case .embed? = parseBlocks("<https://youtu.be/dQw4w9WgXcQ>").first { Issue.record("an autolink is not an embed") }
        if case .embed? = parseBlocks("ftp://youtu.be/dQw4w9WgXcQ").first { Issue.record("only http(s)") }
        #expect(parseBlocks("  https://youtu.be/dQw4w9WgXcQ  ").first == .embed(Embed.recognise("https://youtu.be/dQw4w9WgXcQ")))
    }

    @Test func specModeHasNoEmbeds() throws {
        #expect(renderHTML("https://youtu.be/dQw4w9WgXcQ", options: .commonMark) == "<p>https://youtu.be/dQw4w9WgXcQ</p>\n")
    }

    @Test func rendererRefusesUnsafeURLsInHandBuiltEmbeds() throws {
        let document = MarkdownDocument(blocks: [.embed(Embed.recognise("javascript:alert(1)"))])
        let html = MarkdownHTMLRenderer().render(document)
        #expect(html.contains("href=\"#\""))
        #expect(!(html.contains("href=\"javascript")))
    }
}
