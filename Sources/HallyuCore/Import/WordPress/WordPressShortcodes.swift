import Foundation

/// WordPress shortcodes in a post's text: `[caption]` and `[embed]` become the HTML the block
/// editor writes for the same thing, so one reader handles both; any other shortcode is left
/// as text and named, because only the plug-in that defined it knew what it showed.
enum WordPressShortcodes {
    struct Expanded {
        var html: String
        /// Other shortcodes, by name, in order of first use.
        var unknown: [String]
    }

    nonisolated(unsafe) private static let caption = try! Regex(#"\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[/(?:wp_)?caption\]"#)
    nonisolated(unsafe) private static let embed = try! Regex(#"\[embed[^\]]*\]([\s\S]*?)\[/embed\]"#)
    nonisolated(unsafe) private static let anyShortcode = try! Regex(#"\[(/?)([A-Za-z][A-Za-z0-9_-]*)((?:\s[^\]\[]*)?)/?\]"#)

    static func expand(_ content: String) -> Expanded {
        guard content.contains("[") else { return Expanded(html: content, unknown: []) }
        var html = content.replacing(caption) { match in
            let attributes = String(match.output[1].substring ?? "")
            let inner = String(match.output[2].substring ?? "")
            return figure(inner: inner, attributes: attributes)
        }
        html = html.replacing(embed) { match in
            let address = (match.output[1].substring ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\(address)</div></figure>"
        }
        var unknown: [String] = []
        let closed = Set(
            html.matches(of: anyShortcode).compactMap { match -> String? in
                (match.output[1].substring ?? "") == "/" ? String(match.output[2].substring ?? "") : nil
            })
        for match in html.matches(of: anyShortcode) where (match.output[1].substring ?? "").isEmpty {
            let name = String(match.output[2].substring ?? "")
            let attributes = match.output[3].substring ?? ""
            // "[sic]" and "[Updated]" are an editor's brackets, not a plug-in's tag.
            guard attributes.contains("=") || closed.contains(name) || known.contains(name.lowercased()) else { continue }
            if !unknown.contains(name) { unknown.append(name) }
        }
        return Expanded(html: html, unknown: unknown)
    }

    /// Shortcodes WordPress itself and the commonest plug-ins define, recognised even bare.
    private static let known: Set<String> = [
        "gallery", "audio", "video", "playlist", "contact-form-7", "contact-form", "wpforms", "gravityform",
        "ninja_form", "shortcode", "toc", "ad", "adsense", "instagram-feed", "su_button", "vc_row", "vc_column",
        "et_pb_section", "fusion_builder_container", "tweet", "youtube",
    ]

    /// `[caption]` holds an image (perhaps inside a link) and then the caption's text; older
    /// exports put the text in a `caption` attribute instead.
    private static func figure(inner: String, attributes: String) -> String {
        var image = inner
        var text = ""
        if let end = inner.range(of: "</a>", options: [.caseInsensitive]), inner.lowercased().hasPrefix("<a") {
            image = String(inner[..<end.upperBound])
            text = String(inner[end.upperBound...])
        } else if let start = inner.range(of: "<img", options: .caseInsensitive), let end = inner[start.upperBound...].firstIndex(of: ">") {
            image = String(inner[start.lowerBound...end])
            text = String(inner[inner.index(after: end)...])
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            let quoted = attributes.firstMatch(of: try! Regex(#"caption="([^"]*)""#))
        {
            text = String(quoted.output[1].substring ?? "")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return "<figure class=\"wp-caption\">\(image)" + (trimmed.isEmpty ? "" : "<figcaption>\(trimmed)</figcaption>") + "</figure>"
    }
}
