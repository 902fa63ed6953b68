/// A link that shares a page on a network, as a plain URL (no third-party script).
struct ShareLink: Sendable, Hashable, Codable {
    /// A stable name for styling and tests ("x", "kakao").
    var network: String
    /// What the reader sees on the button.
    var label: String
    /// Where the button goes, query values already encoded.
    var url: String

    /// A share link as given.
    init(network: String, label: String, url: String) {
        self.network = network
        self.label = label
        self.url = url
    }
}

/// Share buttons as ordinary links: no network's script runs on our pages, so none can follow
/// readers from one article to the next.
enum ShareLinks {
    /// The page's share links, in the order they are shown: X, Facebook, Reddit, WhatsApp,
    /// LINE, KakaoStory and e-mail.
    static func links(url: String, title: String) -> [ShareLink] {
        let url = QueryValue.encoded(url)
        let title = QueryValue.encoded(title)
        return [
            ShareLink(network: "x", label: "X", url: "https://twitter.com/intent/tweet?text=\(title)&url=\(url)"),
            ShareLink(network: "facebook", label: "Facebook", url: "https://www.facebook.com/sharer/sharer.php?u=\(url)"),
            ShareLink(network: "reddit", label: "Reddit", url: "https://www.reddit.com/submit?url=\(url)&title=\(title)"),
            ShareLink(network: "whatsapp", label: "WhatsApp", url: "https://wa.me/?text=\(title)%20\(url)"),
            ShareLink(network: "line", label: "LINE", url: "https://social-plugins.line.me/lineit/share?url=\(url)"),
            ShareLink(network: "kakao", label: "KakaoStory", url: "https://story.kakao.com/share?url=\(url)"),
            ShareLink(network: "email", label: "E-mail", url: "mailto:?subject=\(title)&body=\(url)"),
        ]
    }
}
