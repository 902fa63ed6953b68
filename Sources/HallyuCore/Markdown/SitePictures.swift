/// The pictures an article shows: the site's own (a path on the site, the media library's
/// `/media/…` in practice) and small inline `data:` images. The content security policy lets
/// browsers load no others, so a picture from another site is shown as a link to it, and the
/// editor asks for it to be uploaded (with its credit) before the story goes out.
public enum SitePictures {
    public static func isOnSite(_ source: String) -> Bool {
        let trimmed = source.drop { $0 == " " }
        if trimmed.hasPrefix("/") { return !trimmed.hasPrefix("//") && !trimmed.hasPrefix("/\\") }
        return trimmed.lowercased().hasPrefix("data:image/")
    }
}

extension MarkdownDocument {
    /// The addresses of pictures from elsewhere, in reading order.
    public var offSitePictures: [String] {
        var sources: [String] = []
        forEachInline { inline in
            if case .image(let source, _, _) = inline, URLSafety.isSafe(source), !SitePictures.isOnSite(source) { sources.append(source) }
        }
        return sources
    }
}
