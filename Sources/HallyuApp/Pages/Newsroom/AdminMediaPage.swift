import Foundation
import HallyuCore
import HallyuStore

/// `/admin/media`.
struct AdminMediaPage: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var id: String
        var url: String
        var fileName: String
        var alt: String
        var caption: String
        var credit: String
        var sourceURL: String
        var licence: String
        var size: String
        var uses: Int
        var missing: [String]
        /// What readers get: the resized copies, or why they get the uploaded file.
        var copies: String
        var copiesMissing: Bool
        /// The Markdown that places it in a story's body, to copy.
        var markdown: String
    }

    /// An item of the library as the page shows it, with a small copy for its picture.
    static func item(_ item: MediaLibrary.Item) -> Item {
        let media = item.media
        var picture = media.path
        var copies = "No resized copies yet: readers get the uploaded file."
        if media.isDrawing {
            let card = media.variants.map { "; social networks get its \($0.socialWidth)×\($0.socialHeight) card" } ?? ""
            copies = "A drawing (SVG): it scales to every screen and needs no copies\(card)."
        } else if let variants = media.variants, let narrowest = variants.widths.first {
            let width = variants.widths.last { $0 <= 640 } ?? narrowest
            picture = "/media/" + variants.fileName(of: media.fileName, width: width, format: variants.fallback)
            let range = variants.widths.count == 1 ? "\(width) px" : "\(variants.widths[0])–\(variants.widths[variants.widths.count - 1]) px"
            copies =
                "Copies for readers: \(range), WebP and \(variants.fallback == .png ? "PNG" : "JPEG"), and a \(variants.socialWidth)×\(variants.socialHeight) card."
        } else if let problem = item.variantsProblem {
            copies = "No resized copies: \(problem)"
        }
        return Item(
            id: media.id, url: picture, fileName: media.fileName, alt: media.alt, caption: media.caption, credit: media.credit,
            sourceURL: media.sourceURL ?? "", licence: media.licence, size: "\(media.width)×\(media.height)", uses: item.heroUses,
            missing: EditorChecks.heroProblems(media), copies: copies, copiesMissing: media.variants == nil && !media.isDrawing,
            markdown: media.kind == .image ? media.markdownPicture : "")
    }

    /// What was typed into the upload form, kept when it is sent back.
    struct Typed: Encodable, Sendable {
        var alt = ""
        var caption = ""
        var credit = ""
        var sourceURL = ""
        var licence = ""
    }

    var meta: PageMeta
    var frame: AdminFrame
    var query: String
    var items: [Item]
    var pager: Pager
    var typed: Typed
    var notice: String?
    var problem: String?
    var maxMegabytes: Int
}
