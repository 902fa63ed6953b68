import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Instances of one site share the media folder (`HALLYU_MEDIA_DIR`), as they share the database.
@Suite("Media across instances")
struct MediaAcrossInstancesTests {
    @Test func anImageUploadedThroughOneInstanceIsServedByTheOther() async throws {
        try await withTwoApps { first, second, backend in
            let token = try await apiToken(first, role: .editor, email: "editor@news.test")
            let image = plainPNG(width: 640, height: 360, rgb: (backend == "sqlite" ? 10 : 20, 120, 200))
            let uploaded = try await uploadThroughAPI(
                first, token: token, file: image, fields: ["alt": "A card", "credit": "Hallyu Studio"], fileName: "card.png")
            #expect(uploaded.status == .created, "\(backend)")
            struct Made: Decodable {
                var url: String
                var fileName: String
            }
            let made = try json(Made.self, uploaded)
            let path = "/media/" + made.fileName
            #expect(made.url == "http://news.test" + path)

            let served = try await second.testing().sendRequest(.GET, path)
            #expect(served.status == .ok, "\(backend)")
            #expect(Array(served.body.readableBytesView) == image, "the same bytes")
            #expect(served.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            let etag = try #require(served.headers.first(name: .eTag))
            let again = try await second.testing().sendRequest(.GET, path, headers: ["If-None-Match": etag])
            #expect(again.status == .notModified)
            let part = try await second.testing().sendRequest(.GET, path, headers: ["Range": "bytes=0-9"])
            #expect(part.status == .partialContent)
            #expect(Array(part.body.readableBytesView) == Array(image.prefix(10)))
            #expect(part.headers.first(name: .contentRange) == "bytes 0-9/\(image.count)")

            // The library and the folder agree; a file lost from the folder is reported.
            let folder = second.config.mediaDirectory
            func check() async throws -> MediaFolderCheck {
                MediaFolderCheck(library: try await second.mediaLibrary.files(), folder: try MediaCommand.files(in: folder), now: Date())
            }
            #expect(try await check().missing.isEmpty, "\(backend)")
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(made.fileName))
            #expect(try await check().missing.map(\.fileName) == [made.fileName], "\(backend)")
        }
    }
}
