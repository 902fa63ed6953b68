import Foundation

extension HTMLRendering {
    /// A click-to-load card. The player's URL waits in `data-embed-src` for the page's script;
    /// until then the card is a plain link, so no third-party host is contacted and readers
    /// without script still reach the post.
    mutating func embed(_ embed: Embed) {
        if portableBase != nil {
            writer.raw("<p>")
            writer.escaped(embed.originalURL)
            writer.raw("</p>")
            return
        }
        let href = URLSafety.isSafe(embed.originalURL) ? URLNormalisation.normalise(embed.originalURL) : "#"
        let display = EmbedURLParts.displayText(for: embed.originalURL)
        guard embed.provider != .link, let source = embed.embedURL else {
            let host = EmbedURLParts(embed.originalURL)?.host ?? display
            writer.raw("<figure class=\"embed embed--link\"><a class=\"embed__link\" href=\"")
            writer.escaped(href)
            writer.raw("\" rel=\"noopener nofollow\" target=\"_blank\"><span class=\"embed__label\">")
            writer.escaped(host)
            writer.raw("</span><span class=\"embed__url\">")
            writer.escaped(display)
            writer.raw("</span></a></figure>")
            return
        }
        let name = embed.provider.displayName
        writer.raw("<figure class=\"embed embed--\(embed.provider.rawValue)\" data-embed-src=\"")
        writer.escaped(source)
        writer.raw("\" data-embed-provider=\"")
        writer.escaped(name)
        writer.raw("\"><a class=\"embed__link\" href=\"")
        writer.escaped(href)
        writer.raw("\" rel=\"noopener\" target=\"_blank\"><span class=\"embed__play\" aria-hidden=\"true\">▶</span>")
        writer.raw("<span class=\"embed__label\">")
        writer.escaped(embed.provider.actionLabel)
        writer.raw("</span><span class=\"embed__url\">")
        writer.escaped(display)
        writer.raw("</span></a><figcaption class=\"embed__notice\">Clicking loads content from ")
        writer.escaped(name)
        writer.raw(".</figcaption></figure>")
    }
}
