import Foundation
import HallyuCore

/// Makes an image's resized copies (`ImageVariants`) beside it in the media folder: WebP and the
/// fallback format at each width, and the social card crop, every one upright and with its
/// metadata (camera, place, time) stripped, as readers get them. The upload itself stays as it
/// was, for the newsroom.
struct VariantMaker: Sendable {
    let tool: VipsTool
    let folder: String

    /// Why an image has no copies: what the newsroom is told.
    struct Problem: Error, CustomStringConvertible {
        let description: String
        /// The file is damaged (cut short, or not the image its header says): an upload of it is refused.
        var damaged = false
    }

    /// The copies of `media`, and its size as shown. Nothing is left behind when it fails.
    func make(_ media: Media) async throws -> (variants: ImageVariants, width: Int, height: Int) {
        if media.isDrawing { return try await card(ofDrawing: media) }
        let original = path(media.fileName)
        guard let handle = FileHandle(forReadingAtPath: original) else { throw Problem(description: "The file is not in the media folder.") }
        let head = (try? handle.read(upToCount: ImageHeader.headerLimit)) ?? Data()
        try? handle.close()
        guard let header = ImageHeader(head) else { throw Problem(description: "The file is not a JPEG, PNG, WebP or GIF image.") }
        if let problem = ImageLimits.pixelProblem(header) { throw Problem(description: problem) }
        guard !header.isAnimated else { throw Problem(description: "An animation is served as it was uploaded.") }

        let widths = ImageWidths.widths(forOriginalWidth: header.displayWidth)
        let crop = SocialCrop.size(forWidth: header.displayWidth, height: header.displayHeight)
        let planned = ImageVariants(
            fallback: header.hasAlpha ? .png : .jpeg, widths: widths, socialWidth: crop.width, socialHeight: crop.height)
        var written: [String] = []
        do {
            for width in widths {
                for format in [ImageHeader.Format.webp, planned.fallback] {
                    let name = planned.fileName(of: media.fileName, width: width, format: format)
                    try await write(name, from: original, options: Self.options(format), width: width)
                    written.append(name)
                }
            }
            let social = planned.socialFileName(of: media.fileName)
            try await write(social, from: original, options: Self.cardOptions, width: crop.width, height: crop.height)
            written.append(social)
            return try measured(planned, of: media.fileName, header: header)
        } catch {
            for name in written { try? FileManager.default.removeItem(atPath: path(name)) }
            if let failure = error as? VipsTool.Failure {
                throw Problem(description: failure.description.replacingOccurrences(of: folder + "/", with: ""), damaged: true)
            }
            throw error
        }
    }

    /// A drawing scales itself on pages; networks show no SVG, so it gets the card alone, drawn
    /// at the card's size (its size in the library is the one it was drawn at).
    private func card(ofDrawing media: Media) async throws -> (variants: ImageVariants, width: Int, height: Int) {
        guard FileManager.default.fileExists(atPath: path(media.fileName)) else { throw Problem(description: "The file is not in the media folder.") }
        let crop = SocialCrop.size(forWidth: media.width, height: media.height)
        var variants = ImageVariants(fallback: .jpeg, widths: [], socialWidth: crop.width, socialHeight: crop.height)
        let social = variants.socialFileName(of: media.fileName)
        do {
            try await write(social, from: path(media.fileName), options: Self.cardOptions, width: crop.width, height: crop.height, drawing: true)
            guard let header = ImageHeader(FileManager.default.contents(atPath: path(social)) ?? Data()) else {
                throw Problem(description: "vips wrote a card that is not an image.")
            }
            variants.socialWidth = header.width
            variants.socialHeight = header.height
            return (variants, media.width, media.height)
        } catch let failure as VipsTool.Failure {
            try? FileManager.default.removeItem(atPath: path(social))
            throw Problem(description: failure.description.replacingOccurrences(of: folder + "/", with: ""))
        }
    }

    /// The card's JPEG: what every network reads, on white where the picture is see-through.
    private static let cardOptions = "Q=82,strip,optimize_coding,background=255"

    /// The saver's settings: quality for the web over size, progressive JPEG, and no metadata.
    private static func options(_ format: ImageHeader.Format) -> String {
        switch format {
        case .webp: "Q=75,strip"
        case .png: "strip,compression=9"
        default: "Q=80,strip,optimize_coding,interlace"
        }
    }

    /// Writes one copy under a name that `hallyu media check` knows for cut off, then gives it its own.
    private func write(
        _ name: String, from original: String, options: String, width: Int, height: Int? = nil, drawing: Bool = false
    )
        async throws
    {
        let ext = (name as NSString).pathExtension
        let partial = path(MediaFolderCheck.partialPrefix + UUID().uuidString + "." + ext)
        do {
            try await tool.thumbnail(original, to: partial, options: options, width: width, height: height, crop: height != nil, drawing: drawing)
            if ext == "webp" {
                guard let bytes = FileManager.default.contents(atPath: partial), let bare = WebPMetadata.stripped(Array(bytes)) else {
                    throw Problem(description: "vips wrote a WebP copy that could not be read back.")
                }
                try Data(bare).write(to: URL(fileURLWithPath: partial))
            }
            if FileManager.default.fileExists(atPath: path(name)) { try FileManager.default.removeItem(atPath: path(name)) }
            try FileManager.default.moveItem(atPath: partial, toPath: path(name))
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// The copies as they came out: the widest tells the shown size (vips turns by the
    /// orientation whatever the format keeps it in), and the crop its own.
    private func measured(_ planned: ImageVariants, of original: String, header: ImageHeader) throws -> (ImageVariants, Int, Int) {
        func size(_ name: String) throws -> ImageHeader {
            guard let header = ImageHeader(FileManager.default.contents(atPath: path(name)) ?? Data()) else {
                throw Problem(description: "vips wrote a copy that is not an image.")
            }
            return header
        }
        let widest = try size(planned.fileName(of: original, width: planned.widths[planned.widths.count - 1], format: planned.fallback))
        let social = try size(planned.socialFileName(of: original))
        var variants = planned
        variants.socialWidth = social.width
        variants.socialHeight = social.height
        let turned = (widest.width > widest.height) != (header.displayWidth > header.displayHeight) && widest.width != widest.height
        return turned ? (variants, header.displayHeight, header.displayWidth) : (variants, header.displayWidth, header.displayHeight)
    }

    private func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
