import Foundation
import HallyuCore
import HallyuStore
import Vapor

extension Application {
    /// What makes resized copies here, or nil where the image tool is not installed.
    var variantMaker: VariantMaker? {
        VipsTool.find(at: config.vipsPath).map { VariantMaker(tool: $0, folder: config.mediaDirectory) }
    }

    /// Makes an image's resized copies and notes in the library what came of it: the copies (and
    /// the copies of an older recipe go), or why there are none, which the media page shows.
    /// The image as it stands after; `damaged` is the problem when the file could not be read.
    @discardableResult
    func makeVariants(of media: Media) async throws -> (media: Media, damaged: String?) {
        guard media.kind == .image, !media.fileName.isEmpty else { return (media, nil) }
        guard let maker = variantMaker else {
            try await mediaLibrary.recordVariantsProblem(id: media.id, VipsTool.missing)
            return (media, nil)
        }
        do {
            let made = try await maker.make(media)
            try await mediaLibrary.recordVariants(id: media.id, made.variants, width: made.width, height: made.height)
            var updated = media
            updated.variants = made.variants
            updated.width = made.width
            updated.height = made.height
            for stale in Set(media.fileNames).subtracting(updated.fileNames) {
                try? FileManager.default.removeItem(atPath: (config.mediaDirectory as NSString).appendingPathComponent(stale))
            }
            return (updated, nil)
        } catch let problem as VariantMaker.Problem {
            try await mediaLibrary.recordVariantsProblem(id: media.id, problem.description)
            return (media, problem.damaged ? problem.description : nil)
        }
    }

    /// The social cards of the library's drawings (the demo's), which networks need since they
    /// show no SVG; made where the image tool is installed, after which the pages that show the
    /// drawings are built again. How many were made.
    func makeDrawingCards() async throws -> Int {
        guard variantMaker != nil else { return 0 }
        var made = 0
        for drawing in try await mediaLibrary.needingVariants() where drawing.isDrawing {
            if try await makeVariants(of: drawing).media.variants != nil { made += 1 }
        }
        if made > 0 { await announce(.of(.articles)) }
        return made
    }
}
