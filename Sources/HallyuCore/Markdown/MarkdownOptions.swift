import Foundation

/// How Markdown is read and rendered.
public struct MarkdownOptions: Sendable, Equatable {
    /// The newsroom extensions: embeds, `[[entity links]]`, attributed quotes and `lang="ko"` spans.
    public var extensions: Bool
    /// Whether headings get `id`s for anchors and tables of contents.
    public var headingIDs: Bool

    /// Creates options; prefer the two presets.
    public init(extensions: Bool, headingIDs: Bool) {
        self.extensions = extensions
        self.headingIDs = headingIDs
    }

    /// What articles use: every extension and heading ids.
    public static let standard = MarkdownOptions(extensions: true, headingIDs: true)

    /// Plain CommonMark (plus GFM tables), with output comparable to the reference
    /// implementation: no extensions and no heading ids.
    public static let commonMark = MarkdownOptions(extensions: false, headingIDs: false)
}
