import Crypto
import Foundation
import HallyuCore
import HallyuStore
import NIOCore
import Vapor

/// Takes an uploaded image into the library: what it is comes from its bytes, its name from a
/// hash of them (so a name is never reused for other content, and files can be cached for a
/// year), and it reaches its final name only once it is completely written.
struct MediaUploads {
    static let maxBytes = ImageLimits.maxBytes

    /// The upload form, from the media page and the API alike.
    struct Form: Content {
        var file: File?
        var alt: String?
        var caption: String?
        var credit: String?
        var sourceUrl: String?
        var licence: String?
        var _csrf: String?

        /// The description, or what is wrong with it.
        func description() -> Result<MediaLibrary.Description, Abort> {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            let source = clean(sourceUrl)
            if !source.isEmpty {
                guard let url = URL(string: source), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                    return .failure(Abort(.badRequest, reason: "The source address must be a full http(s) address."))
                }
            }
            for (name, value, limit) in [
                ("alt text", clean(alt), 500), ("caption", clean(caption), 1000), ("credit", clean(credit), 300),
                ("licence", clean(licence), 200), ("source address", source, 2000),
            ] where value.count > limit {
                return .failure(Abort(.badRequest, reason: "The \(name) may be at most \(limit) characters."))
            }
            return .success(
                MediaLibrary.Description(
                    alt: clean(alt), caption: clean(caption), credit: clean(credit),
                    sourceURL: source.isEmpty ? nil : source, licence: clean(licence)))
        }
    }

    let req: Request

    /// Stores the file, adds it to the library and makes its resized copies (where the image tool
    /// is installed; the library notes why not otherwise); a 4xx with the reason for anything
    /// that is not a JPEG, PNG, WebP or GIF within `ImageLimits`.
    func store(_ form: Form) async throws -> (media: Media, existed: Bool) {
        guard let file = form.file, file.data.readableBytes > 0 else {
            throw Abort(.badRequest, reason: "Choose an image file to upload.")
        }
        if let problem = ImageLimits.sizeProblem(bytes: file.data.readableBytes) { throw Abort(.payloadTooLarge, reason: problem) }
        let description = try form.description().get()
        let bytes = file.data.readableBytesView
        guard let header = ImageHeader(bytes) else {
            throw Abort(
                .unsupportedMediaType,
                reason:
                    "\(file.filename.isEmpty ? "The file" : "\"\(file.filename)\"") is not a JPEG, PNG, WebP or GIF image, whatever its name says; its content was checked."
            )
        }
        if let problem = ImageLimits.pixelProblem(header) { throw Abort(.badRequest, reason: problem) }
        let fileName = Self.fileName(for: Data(bytes), format: header.format)
        let directory = req.application.config.mediaDirectory
        let path = (directory as NSString).appendingPathComponent(fileName)
        let fileManager = FileManager.default
        let wroteFile = !fileManager.fileExists(atPath: path)
        if wroteFile {
            try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let partial = (directory as NSString).appendingPathComponent(MediaFolderCheck.partialPrefix + UUID().uuidString)
            do {
                try await req.fileio.writeFile(file.data, at: partial)
                try fileManager.moveItem(atPath: partial, toPath: path)
            } catch {
                try? fileManager.removeItem(atPath: partial)
                // Another upload of the same bytes finished first: the file is there, whole.
                if !fileManager.fileExists(atPath: path) { throw error }
            }
        }
        let added: (media: Media, existed: Bool)
        do {
            added = try await req.mediaLibrary.add(
                fileName: fileName, format: header.format, width: header.displayWidth, height: header.displayHeight, description)
        } catch {
            if wroteFile { try? fileManager.removeItem(atPath: path) }
            throw error
        }
        guard added.media.variants?.recipe != ImageVariants.currentRecipe else { return added }
        let made = try await req.application.makeVariants(of: added.media)
        if let damage = made.damaged, !added.existed {
            // Nothing of a file that cannot be read stays: not its entry, not its bytes.
            for file in try await req.mediaLibrary.delete(id: added.media.id) { removeFile(file) }
            throw Abort(.unprocessableEntity, reason: "The image could not be read; it may be cut off or damaged. \(damage)")
        }
        return (made.media, added.existed)
    }

    /// The name a file is kept under: a hash of its bytes, so a name never changes content.
    static func fileName(for data: Data, format: ImageHeader.Format) -> String {
        String(SHA256.hash(data: data).hex.prefix(32)) + "." + format.fileExtension
    }

    /// Removes a deleted item's file.
    func removeFile(_ fileName: String) {
        guard MediaController.isSafeFileName(fileName) else { return }
        try? FileManager.default.removeItem(atPath: (req.application.config.mediaDirectory as NSString).appendingPathComponent(fileName))
    }
}
