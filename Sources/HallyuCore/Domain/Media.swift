/// Whether a media item is a file the newsroom holds or a clip hosted elsewhere.
public enum MediaKind: String, Codable, Sendable, CaseIterable {
    case image, embed
}

/// An image in the media library, or an embedded clip, with the credit and licence shown beside it.
public struct Media: Sendable, Hashable, Codable {
    public var id: String
    public var kind: MediaKind
    /// An image's file name under the media directory (served at `/media/{fileName}`); empty for embeds.
    public var fileName: String
    public var contentType: String
    public var alt: String
    public var caption: String
    /// "JTBC via Netflix", "Illustration: Hallyu Studio".
    public var credit: String
    public var sourceURL: String?
    public var licence: String
    public var width: Int
    public var height: Int
    /// For embeds: who hosts the clip ("YouTube") and its address.
    public var provider: String?
    public var embedURL: String?
    /// An image's resized copies, once made; without them readers get the original.
    public var variants: ImageVariants?

    public init(
        id: String, kind: MediaKind = .image, fileName: String, contentType: String, alt: String,
        caption: String = "", credit: String, sourceURL: String? = nil, licence: String = "",
        width: Int, height: Int, provider: String? = nil, embedURL: String? = nil, variants: ImageVariants? = nil
    ) {
        self.id = id
        self.kind = kind
        self.fileName = fileName
        self.contentType = contentType
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.sourceURL = sourceURL
        self.licence = licence
        self.width = width
        self.height = height
        self.provider = provider
        self.embedURL = embedURL
        self.variants = variants
    }

    /// An embedded clip, as recognised from its address.
    public init(id: String, embed: Embed, caption: String = "", credit: String = "") {
        self.init(
            id: id, kind: .embed, fileName: "", contentType: "text/html", alt: caption, caption: caption,
            credit: credit, sourceURL: embed.originalURL, width: 16, height: 9,
            provider: embed.provider.displayName, embedURL: embed.embedURL ?? embed.originalURL)
    }

    /// The path readers fetch an image from.
    public var path: String { "/media/\(fileName)" }

    /// A drawing (SVG) scales to any size itself: it has no resized copies.
    public var isDrawing: Bool { contentType == "image/svg+xml" }

    /// The image's file and its copies' files, all in the media folder.
    public var fileNames: [String] {
        guard kind == .image, !fileName.isEmpty else { return [] }
        return [fileName] + (variants?.fileNames(of: fileName) ?? [])
    }
}
