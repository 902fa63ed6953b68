/// An uploaded or generated image, with the credit and licence shown beside it.
public struct Media: Sendable, Hashable, Codable {
    public var id: String
    /// The file's name under the media directory (served at `/media/{fileName}`).
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

    public init(id: String, fileName: String, contentType: String, alt: String, caption: String = "",
                credit: String, sourceURL: String? = nil, licence: String = "", width: Int, height: Int) {
        self.id = id
        self.fileName = fileName
        self.contentType = contentType
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.sourceURL = sourceURL
        self.licence = licence
        self.width = width
        self.height = height
    }

    /// The path readers fetch it from.
    public var path: String { "/media/\(fileName)" }
}
