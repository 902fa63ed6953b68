import Foundation

/// Where a `[[Name]]` entity link points, as the application resolves it.
public struct EntityLinkTarget: Sendable, Equatable {
    /// The page URL, e.g. `/people/han-so-hee`.
    public var href: String
    /// The entity kind used in the CSS class (`entity--person`), e.g. `person` or `title`.
    public var kind: String
    /// Language of the link text when it differs from the page's, e.g. `ko` for a Hangul name.
    public var lang: String?

    /// Creates a target.
    public init(href: String, kind: String, lang: String? = nil) {
        self.href = href
        self.kind = kind
        self.lang = lang
    }
}
