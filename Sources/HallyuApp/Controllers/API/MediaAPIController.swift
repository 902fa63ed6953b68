import HallyuCore
import HallyuStore
import Vapor

/// `POST /api/v1/media`: upload an image (multipart: file, alt, credit, caption, sourceUrl, licence).
struct MediaAPIController {
    struct MediaDTO: Content {
        var id: String
        var url: String
        var fileName: String
        var contentType: String
        var width: Int
        var height: Int
        var alt: String
        var caption: String
        var credit: String
        var sourceUrl: String?
        var licence: String
    }

    func upload(req: Request) async throws -> Response {
        let user = try req.require(.manageMedia)
        guard req.headers.contentType?.type == "multipart" else {
            throw Abort(.unsupportedMediaType, reason: "Send the image as multipart/form-data with a part called file.")
        }
        let form: MediaUploads.Form
        do {
            form = try req.content.decode(MediaUploads.Form.self)
        } catch let unreadable as Abort where unreadable.status == .badRequest {
            // The body's own problem (cut off on the way, say), in its words.
            throw unreadable
        } catch {
            throw Abort(.badRequest, reason: "The multipart body could not be read; send a part called file and text parts for the description.")
        }
        let (media, existed) = try await MediaUploads(req: req).store(form)
        if !existed {
            try await req.auditLog.record(
                user, "uploaded image", kind: "media", id: media.id,
                summary: "\(media.fileName) (\(media.width)×\(media.height))", at: req.now)
        }
        let dto = MediaDTO(
            id: media.id, url: req.application.config.publicURL.absoluteString + media.path, fileName: media.fileName,
            contentType: media.contentType, width: media.width, height: media.height, alt: media.alt,
            caption: media.caption, credit: media.credit, sourceUrl: media.sourceURL, licence: media.licence)
        return try await dto.encodeResponse(status: existed ? .ok : .created, for: req)
    }
}
