import Foundation
import Vapor

/// `/media/{file}`: files from the media folder, never outside it.
struct MediaController {
    func show(req: Request) async throws -> Response {
        guard let name = req.parameters.get("file"), Self.isSafeFileName(name) else { throw Abort(.notFound) }
        let path = (req.application.config.mediaDirectory as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw Abort(.notFound)
        }
        let response: Response
        do {
            response = try await req.fileio.asyncStreamFile(at: path)
        } catch {
            // Deleted between the check and the read.
            throw Abort(.notFound)
        }
        // Media files are never rewritten under the same name, so caches may keep them.
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        if name.lowercased().hasSuffix(".svg") {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'")
        }
        return response
    }

    /// Letters, digits, dots, hyphens and underscores only, not starting with a dot.
    static func isSafeFileName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 200 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._-".unicodeScalars.contains($0) }
    }
}
