import Fluent
import Foundation
import HallyuCore

/// An image in the media library, or an embedded clip.
public final class MediaModel: Model, @unchecked Sendable {
    public static let schema = "media"

    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    /// Nil for embeds, which live elsewhere.
    @OptionalField(key: "file_name") public var fileName: String?
    @Field(key: "content_type") public var contentType: String
    @Field(key: "alt") public var alt: String
    @Field(key: "caption") public var caption: String
    @Field(key: "credit") public var credit: String
    @OptionalField(key: "source_url") public var sourceURL: String?
    @Field(key: "licence") public var licence: String
    @Field(key: "width") public var width: Int
    @Field(key: "height") public var height: Int
    @OptionalField(key: "provider") public var provider: String?
    @OptionalField(key: "embed_url") public var embedURL: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(from media: Media) {
        kind = media.kind.rawValue
        fileName = media.kind == .image ? media.fileName : nil
        contentType = media.contentType
        alt = media.alt
        caption = media.caption
        credit = media.credit
        sourceURL = media.sourceURL
        licence = media.licence
        width = media.width
        height = media.height
        provider = media.provider
        embedURL = media.embedURL
    }

    public func toCore() throws -> Media {
        Media(id: try requireID().uuidString, kind: MediaKind(rawValue: kind) ?? .image, fileName: fileName ?? "",
              contentType: contentType, alt: alt, caption: caption, credit: credit, sourceURL: sourceURL,
              licence: licence, width: width, height: height, provider: provider, embedURL: embedURL)
    }
}
