import Testing

@testable import HallyuApp

/// Share buttons are plain links with every reserved character of a value encoded.
@Suite("Share links")
struct ShareLinksTests {
    @Test func shareLinksEncodeEveryReservedCharacter() throws {
        #expect(QueryValue.encoded("a b&c=d#e/f:g?h+i~j-k.l_m") == "a%20b%26c%3Dd%23e%2Ff%3Ag%3Fh%2Bi~j-k.l_m")
        #expect(QueryValue.encoded("한소희") == "%ED%95%9C%EC%86%8C%ED%9D%AC")
    }

    @Test func shareLinksForAHangulTitle() throws {
        let links = ShareLinks.links(url: "https://hallyu.example/a?x=1&y=2#top", title: "한소희 news")
        let url = "https%3A%2F%2Fhallyu.example%2Fa%3Fx%3D1%26y%3D2%23top"
        let title = "%ED%95%9C%EC%86%8C%ED%9D%AC%20news"
        #expect(links.map(\.network) == ["x", "facebook", "reddit", "whatsapp", "line", "kakao", "email"])
        #expect(links.map(\.label) == ["X", "Facebook", "Reddit", "WhatsApp", "LINE", "KakaoStory", "E-mail"])
        #expect(
            links.map(\.url) == [
                "https://twitter.com/intent/tweet?text=\(title)&url=\(url)",
                "https://www.facebook.com/sharer/sharer.php?u=\(url)",
                "https://www.reddit.com/submit?url=\(url)&title=\(title)",
                "https://wa.me/?text=\(title)%20\(url)",
                "https://social-plugins.line.me/lineit/share?url=\(url)",
                "https://story.kakao.com/share?url=\(url)",
                "mailto:?subject=\(title)&body=\(url)",
            ])
    }
}
