import Foundation

/// A post or video that a bare link on its own line stands for.
///
/// Recognition only builds URLs; nothing is fetched. The HTML renderer shows a click-to-load card
/// so that no third-party host sees the reader until they ask for it.
public struct Embed: Sendable, Equatable {
    /// The services whose players we know how to load.
    public enum Provider: String, Sendable, Equatable, CaseIterable {
        /// `youtube.com/watch?v=…`, `youtu.be/…`, `youtube.com/shorts/…`, played from youtube-nocookie.com.
        case youtube
        /// `instagram.com/p/…` and `/reel/…`.
        case instagram
        /// `x.com/…/status/…` and the same on twitter.com.
        case x
        /// `tiktok.com/@user/video/…`.
        case tiktok
        /// Any other link: shown as a plain link card, never embedded.
        case link

        /// The service's name as readers know it.
        public var displayName: String {
            switch self {
            case .youtube: "YouTube"
            case .instagram: "Instagram"
            case .x: "X"
            case .tiktok: "TikTok"
            case .link: "Link"
            }
        }

        /// The call to action on the card.
        public var actionLabel: String {
            switch self {
            case .youtube, .tiktok: "Watch on \(displayName)"
            case .instagram, .x: "View on \(displayName)"
            case .link: "Open link"
            }
        }
    }

    /// Which service the link belongs to, or `.link` when none (or the id is malformed).
    public var provider: Provider
    /// The URL as the author wrote it.
    public var originalURL: String
    /// The player URL to load on click; nil for `.link`.
    public var embedURL: String?

    /// Creates an embed.
    public init(provider: Provider, originalURL: String, embedURL: String?) {
        self.provider = provider
        self.originalURL = originalURL
        self.embedURL = embedURL
    }

    /// Recognises YouTube, Instagram, X/Twitter and TikTok links; anything else, including a
    /// known host with an id of the wrong shape, becomes a `.link` embed.
    public static func recognise(_ url: String) -> Embed {
        let fallback = Embed(provider: .link, originalURL: url, embedURL: nil)
        guard let parts = EmbedURLParts(url) else { return fallback }
        let recognised: (Provider, String)?
        switch parts.host {
        case "youtube.com":
            recognised = youtube(parts)
        case "youtu.be":
            recognised = parts.segments.count == 1 ? youtubeVideo(parts.segments[0]) : nil
        case "instagram.com":
            recognised = instagram(parts)
        case "x.com", "twitter.com":
            recognised = tweet(parts)
        case "tiktok.com":
            recognised = tiktok(parts)
        default:
            recognised = nil
        }
        guard let (provider, embedURL) = recognised else { return fallback }
        return Embed(provider: provider, originalURL: url, embedURL: embedURL)
    }

    private static func youtube(_ parts: EmbedURLParts) -> (Provider, String)? {
        if parts.segments == ["watch"] {
            return parts.queryValue("v").flatMap(youtubeVideo)
        }
        if parts.segments.count == 2 && parts.segments[0] == "shorts" {
            return youtubeVideo(parts.segments[1])
        }
        return nil
    }

    private static func youtubeVideo(_ id: String) -> (Provider, String)? {
        guard id.utf8.count == 11, id.utf8.allSatisfy(isIdentifierByte) else { return nil }
        return (.youtube, "https://www.youtube-nocookie.com/embed/\(id)?autoplay=1")
    }

    private static func instagram(_ parts: EmbedURLParts) -> (Provider, String)? {
        guard parts.segments.count == 2, ["p", "reel"].contains(parts.segments[0]) else { return nil }
        let code = parts.segments[1]
        guard (1...64).contains(code.utf8.count), code.utf8.allSatisfy(isIdentifierByte) else { return nil }
        return (.instagram, "https://www.instagram.com/p/\(code)/embed")
    }

    private static func tweet(_ parts: EmbedURLParts) -> (Provider, String)? {
        guard parts.segments.count >= 3, parts.segments[1] == "status" else { return nil }
        let user = parts.segments[0]
        let id = parts.segments[2]
        guard (1...15).contains(user.utf8.count),
            user.utf8.allSatisfy({ Bytes.isAlphanumeric($0) || $0 == Bytes.underscore }),
            (1...25).contains(id.utf8.count), id.utf8.allSatisfy(Bytes.isDigit)
        else { return nil }
        return (.x, "https://platform.twitter.com/embed/Tweet.html?id=\(id)")
    }

    private static func tiktok(_ parts: EmbedURLParts) -> (Provider, String)? {
        guard parts.segments.count == 3, parts.segments[1] == "video" else { return nil }
        let user = parts.segments[0].utf8
        let id = parts.segments[2]
        guard user.count >= 2, user.count <= 65, user.first == UInt8(ascii: "@"),
            user.dropFirst().allSatisfy({ Bytes.isAlphanumeric($0) || $0 == Bytes.underscore || $0 == Bytes.period }),
            (1...25).contains(id.utf8.count), id.utf8.allSatisfy(Bytes.isDigit)
        else { return nil }
        return (.tiktok, "https://www.tiktok.com/embed/v2/\(id)")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        Bytes.isAlphanumeric(byte) || byte == Bytes.hyphen || byte == Bytes.underscore
    }
}
