import Fluent
import Foundation
import HallyuCore

/// An image in the media library, or an embedded clip.
final class MediaModel: Model, @unchecked Sendable {
    static let schema = "media"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    /// Nil for embeds, which live elsewhere.
    @OptionalField(key: "file_name") var fileName: String?
    @Field(key: "content_type") var contentType: String
    @Field(key: "alt") var alt: String
    @Field(key: "caption") var caption: String
    @Field(key: "credit") var credit: String
    @OptionalField(key: "source_url") var sourceURL: String?
    @Field(key: "licence") var licence: String
    @Field(key: "width") var width: Int
    @Field(key: "height") var height: Int
    @OptionalField(key: "provider") var provider: String?
    @OptionalField(key: "embed_url") var embedURL: String?
    /// `ImageVariants.encoded`; nil until the copies are made.
    @OptionalField(key: "variants") var variants: String?
    /// Why the copies could not be made, for the newsroom; nil once they are.
    @OptionalField(key: "variants_problem") var variantsProblem: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(from media: Media) {
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
        variants = media.variants?.encoded
    }

    func toCore() throws -> Media {
        Media(
            id: try requireID().uuidString, kind: MediaKind(rawValue: kind) ?? .image, fileName: fileName ?? "",
            contentType: contentType, alt: alt, caption: caption, credit: credit, sourceURL: sourceURL,
            licence: licence, width: width, height: height, provider: provider, embedURL: embedURL,
            variants: variants.flatMap(ImageVariants.init(encoded:)))
    }
}
