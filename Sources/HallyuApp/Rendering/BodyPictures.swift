import Crypto
import Foundation
import HallyuCore

/// The media library's pictures an article's body places, written as the page writes its hero:
/// a picture alone in its paragraph becomes a figure with its caption, credit and licence, and
/// every one of them gets its resized copies. Looked up before rendering, since what they say
/// is part of the rendered body (and of its key in `RenderedBodies`).
struct BodyPictures: Sendable {
    /// By file name; names the library does not hold are absent and render as written.
    let images: [String: Media]

    static let none = BodyPictures(images: [:])

    /// The picture's markup, or nil for one from elsewhere or one the library does not hold.
    func write(_ placement: PicturePlacement) -> String? {
        guard let fileName = SitePictures.mediaFileName(placement.source), let media = images[fileName],
            var image = ImageView(media)
        else { return nil }
        if !placement.alt.isEmpty { image.alt = placement.alt }
        if let title = placement.title, !title.isEmpty { image.caption = title }
        var html = HTMLWriter()
        if placement.standsAlone {
            image.writeFigure(&html, className: "picture", sizes: ImageSizes.body, loading: .lazy)
        } else {
            image.writeImage(&html, alt: image.alt, sizes: ImageSizes.body, loading: .lazy)
        }
        return html.string
    }

    /// Adds what the pictures say to a body's key, so a new caption or new copies render anew.
    func fingerprint(into hasher: inout SHA256) {
        for fileName in images.keys.sorted() {
            guard let media = images[fileName] else { continue }
            let fields = [
                media.fileName, media.alt, media.caption, media.credit, media.licence, "\(media.width)x\(media.height)",
                media.variants?.encoded ?? "",
            ]
            hasher.update(data: Data(("\u{1}" + fields.joined(separator: "\u{0}")).utf8))
        }
    }
}
