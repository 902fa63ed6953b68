/// A picture as a document places it, for a page that writes its own pictures (the media
/// library's, with their copies and credits) where the renderer would write a bare `<img>`.
public struct PicturePlacement: Sendable, Equatable {
    /// The address as written, `/media/…` for the library's.
    public let source: String
    /// The alternative text as written; may be empty.
    public let alt: String
    /// The title as written, which a figure shows as its caption.
    public let title: String?
    /// Alone in its paragraph, so it may stand as a figure with its caption and credit; a
    /// picture among words stays in their line.
    public let standsAlone: Bool

    public init(source: String, alt: String, title: String?, standsAlone: Bool) {
        self.source = source
        self.alt = alt
        self.title = title
        self.standsAlone = standsAlone
    }
}
