import ConsoleKit
import Foundation
import HallyuCore
import HallyuStore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Resized copies of uploads, made with libvips's `vips` where it is installed (`.ci/run`
/// installs it); the tests that need it say so and stop where it is missing.
@Suite struct MediaVariantsTests {
    private static let tool = VipsTool.find()

    /// An image made by `vips` from generated pixels: `operation` and its arguments write `name`.
    private static func generated(_ name: String, _ arguments: [String]) throws -> [UInt8] {
        let tool = try #require(tool)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-pixels-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = (folder as NSString).appendingPathComponent(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.path)
        process.arguments = arguments.map { $0.replacingOccurrences(of: "OUT", with: path) }
        try process.run()
        process.waitUntilExit()
        return Array(try #require(FileManager.default.contents(atPath: path)))
    }

    /// A JPEG of noise, 1000×600 as stored, with an EXIF block saying a phone was held upright
    /// (orientation 6: shown turned a quarter, 600×1000).
    private static func uprightPhonePhoto() throws -> [UInt8] {
        let plain = try generated("photo.jpg", ["gaussnoise", "OUT", "1000", "600", "--mean", "128", "--sigma", "40"])
        let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0]
        let app1 = Array("Exif".utf8) + [0, 0] + tiff
        let length = app1.count + 2
        // Right after the start-of-image marker, where cameras put it.
        return Array(plain[0..<2]) + [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + app1 + Array(plain[2...])
    }

    private static func files(_ app: Application) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: app.config.mediaDirectory)) ?? [])
    }

    private static func read(_ app: Application, _ name: String) throws -> [UInt8] {
        Array(try #require(FileManager.default.contents(atPath: (app.config.mediaDirectory as NSString).appendingPathComponent(name))))
    }

    @Test func anUploadGetsUprightCopiesWithoutItsMetadata() async throws {
        guard Self.tool != nil else {
            print("vips is not installed (Debian: libvips-tools): the resized copies were not tested")
            return
        }
        let photo = try Self.uprightPhonePhoto()
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/media")
            let uploaded = try await writer.upload(
                "/admin/media", ["alt": "Noise", "credit": "Hallyu Studio"], file: photo, fileName: "phone.jpg", contentType: "image/jpeg")
            #expect(uploaded.status == .created, "\(backend)")
            #expect(uploaded.text.contains("Uploaded 600×1000."), "the size as shown, upright (\(backend))")
            #expect(uploaded.text.contains("Copies for readers: 320–600 px, WebP and JPEG, and a 600×315 card."), "\(backend)")
            let media = try #require(try await MediaLibrary(database: app.db).list(query: "", Paging(page: 1, per: 5)).items.first?.media)
            let variants = try #require(media.variants)
            #expect(variants.widths == [320, 600] && variants.fallback == .jpeg)
            #expect(Self.files(app) == Set(media.fileNames), "the upload and its five copies, nothing half-written (\(backend))")
            #expect(try Self.read(app, media.fileName).contains(sequence: Array("Exif".utf8)), "the upload is kept as it came")
            for width in variants.widths {
                for format in [ImageHeader.Format.webp, .jpeg] {
                    let name = variants.fileName(of: media.fileName, width: width, format: format)
                    let bytes = try Self.read(app, name)
                    let header = try #require(ImageHeader(bytes), "\(name)")
                    #expect(header.format == format && header.width == width, "\(name)")
                    #expect(header.height > header.width, "\(name) is upright")
                    #expect(
                        !bytes.contains(sequence: Array("Exif".utf8)) && !bytes.contains(sequence: Array("EXIF".utf8)), "\(name) carries no metadata")
                }
            }
            let social = try #require(ImageHeader(try Self.read(app, variants.socialFileName(of: media.fileName))))
            #expect((social.width, social.height) == (600, 315))
            let served = try await get(app, "/media/" + variants.fileName(of: media.fileName, width: 320, format: .webp))
            #expect(served.status == .ok && served.headers.contentType == HTTPMediaType(type: "image", subType: "webp"))
            #expect(served.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")

            let deleted = try await writer.post("/admin/media/\(media.id)/delete", [:])
            #expect(deleted.status == .ok)
            #expect(Self.files(app).isEmpty, "the copies go with the upload (\(backend))")
        }
    }

    @Test func theDemosDrawingsGetTheirSocialCardsAlone() async throws {
        guard Self.tool != nil else {
            print("vips is not installed (Debian: libvips-tools): the drawings' cards were not tested")
            return
        }
        try await withApp(demo: true, adjust: { $0.pageCacheBytes = 0 }) { app, backend in
            let drawings = try await app.mediaLibrary.needingVariants()
            #expect(!drawings.isEmpty && drawings.allSatisfy(\.isDrawing), "\(backend)")
            #expect(try await app.makeDrawingCards() == drawings.count)
            #expect(try await app.mediaLibrary.needingVariants().isEmpty)
            #expect(try await app.makeDrawingCards() == 0, "made once")

            let hero = try #require(try await ArticleRepository(database: app.db).published(slug: demoStory)?.hero)
            let variants = try #require(hero.variants)
            #expect(variants.widths.isEmpty && variants.socialWidth == 1200 && variants.socialHeight == 630, "\(variants.encoded)")
            let card = try #require(ImageHeader(Data(try Self.read(app, variants.socialFileName(of: hero.fileName)))))
            #expect(card.format == .jpeg && card.width == 1200 && card.height == 630, "a JPEG at the card's size")
            #expect(hero.fileNames == [hero.fileName, variants.socialFileName(of: hero.fileName)], "deleted and backed up with it")

            let page = try await get(app, "/articles/\(demoStory)").text
            let stem = hero.fileName.dropLast(".svg".count)
            #expect(page.contains("<meta property=\"og:image\" content=\"http://news.test/media/\(stem)-r1-social.jpg\">"), "\(backend)")
            #expect(page.contains("<meta property=\"og:image:width\" content=\"1200\">"))
            #expect(page.contains("<img src=\"/media/\(hero.fileName)\" alt="), "the page keeps the drawing itself")
        }
    }

    @Test func aSeeThroughImageKeepsItsTransparency() async throws {
        guard Self.tool != nil else {
            print("vips is not installed (Debian: libvips-tools): the resized copies were not tested")
            return
        }
        let badge = try Self.generated("badge.png", ["black", "OUT", "64", "48", "--bands", "4"])
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/media")
            let uploaded = try await writer.upload("/admin/media", ["alt": "A badge", "credit": "Hallyu Studio"], file: badge, fileName: "badge.png")
            #expect(uploaded.status == .created, "\(backend)")
            let media = try #require(try await MediaLibrary(database: app.db).list(query: "", Paging(page: 1, per: 5)).items.first?.media)
            let variants = try #require(media.variants)
            #expect(variants.widths == [64] && variants.fallback == .png, "one copy at its own size, in PNG (\(backend))")
            let copy = try #require(ImageHeader(try Self.read(app, variants.fileName(of: media.fileName, width: 64, format: .png))))
            #expect(copy.hasAlpha)
        }
    }

    @Test func withoutTheToolTheSiteServesUploadsAndTheCommandMakesTheCopiesLater() async throws {
        try await withApp(adjust: { $0.vipsPath = "/nonexistent/vips" }) { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/media")
            let upload = plainPNG(width: 800, height: 450)
            let uploaded = try await writer.upload("/admin/media", ["alt": "A card", "credit": "Hallyu Studio"], file: upload, fileName: "card.png")
            #expect(uploaded.status == .created, "the upload is taken all the same (\(backend))")
            #expect(uploaded.text.contains("The image tool (vips) is not installed on this server"), "and the newsroom is told why (\(backend))")
            let library = MediaLibrary(database: app.db)
            let pending = try await library.needingVariants()
            #expect(pending.count == 1)
            let media = try #require(pending.first)
            #expect(try await get(app, media.path).status == .ok, "readers get the upload")

            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["hallyu", "variants"]))
            context.application = app
            await #expect(throws: StartupError.self, "the command says the tool is missing") {
                try await MediaCommand().run(using: &context)
            }
            guard Self.tool != nil else { return }
            // The tool is installed: the command makes what uploads could not.
            var config = app.config
            config.vipsPath = nil
            app.storage[ConfigKey.self] = config
            context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["hallyu", "variants"]))
            context.application = app
            try await MediaCommand().run(using: &context)
            #expect(try await library.needingVariants().isEmpty, "\(backend)")
            let item = try #require(try await library.item(id: media.id))
            #expect(item.variantsProblem == nil)
            #expect(item.media.variants?.widths == [320, 640, 800])
            #expect(Self.files(app) == Set(item.media.fileNames), "\(backend)")
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(sequence: [UInt8]) -> Bool {
        guard sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { Array(self[$0..<($0 + sequence.count)]) == sequence }
    }
}

/// Files that are not whole images, through the media page and the API: each refused with its
/// reason, nothing of it stored, the server still answering.
@Suite struct BadImageUploadTests {
    @Test func eachIsRefusedAndNothingStays() async throws {
        let tool = VipsTool.find()
        let photo = plainPNG(width: 400, height: 300)
        var cases: [(name: String, bytes: [UInt8], status: HTTPStatus, says: String)] = [
            ("empty.png", [], .badRequest, "Choose an image file"),
            (
                "page.jpg", Array("<!doctype html><html><body><script>alert(1)</script></body></html>".utf8), .unsupportedMediaType,
                "is not a JPEG, PNG, WebP or GIF"
            ),
            (
                "drawing.png", Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8), .unsupportedMediaType,
                "is not a JPEG, PNG, WebP or GIF"
            ),
            // A few bytes that claim a canvas a decoder would need gigabytes for.
            (
                "bomb.png",
                Array(plainPNG(width: 1, height: 1).prefix(33)).enumerated().map {
                    $0.offset >= 16 && $0.offset < 24 ? [0, 0, 0xC3, 0x50][$0.offset % 4] : $0.element
                }, .badRequest, "at most 20,000 on a side"
            ),
        ]
        if tool != nil {
            cases.append(("cut.png", Array(photo.prefix(photo.count / 2)), .unprocessableEntity, "could not be read"))
            let webp =
                Array("RIFF".utf8) + [26, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00] + [
                    0, 0, 0, 0,
                ]
            cases.append(("broken.webp", webp, .unprocessableEntity, "could not be read"))
        } else {
            print("vips is not installed: a cut-off or damaged file whose header reads is accepted, and was not tested")
        }
        try await withApp { app, backend in
            let writer = try await signedIn(app, as: .writer)
            try await writer.get("/admin/media")
            let token = try await apiToken(app, role: .writer, email: "api-writer@news.test")
            for bad in cases {
                let page = try await writer.upload("/admin/media", ["alt": "kept", "credit": "typed"], file: bad.bytes, fileName: bad.name)
                #expect(page.status == bad.status, "\(bad.name) on the page: \(page.status) (\(backend))")
                #expect(page.text.contains(bad.says), "\(bad.name): \(bad.says)")
                #expect(page.text.contains("value=\"typed\""), "\(bad.name): what was typed stays in the form")
                let api = try await uploadThroughAPI(app, token: token, file: bad.bytes, fields: ["alt": "a", "credit": "b"], fileName: bad.name)
                #expect(api.status == bad.status, "\(bad.name) through the API: \(api.status) (\(backend))")
                #expect(api.text.contains(bad.says), "\(bad.name): \(api.text)")
            }
            // A connection that broke off mid-way through the file.
            let cut = try await writer.upload(
                "/admin/media", ["alt": "kept", "credit": "typed"], file: photo, fileName: "photo.png", arrived: photo.count / 2)
            #expect(cut.status == .badRequest && cut.text.contains("the upload was cut off on the way"), "on the page: \(cut.status) (\(backend))")
            let cutAPI = try await uploadThroughAPI(
                app, token: token, file: photo, fields: ["alt": "a", "credit": "b"], fileName: "photo.png", arrived: photo.count / 2)
            #expect(cutAPI.status == .badRequest && cutAPI.text.contains("the upload was cut off on the way"), "through the API: \(cutAPI.text)")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: app.config.mediaDirectory))?.isEmpty ?? true, "no file kept (\(backend))")
            #expect(try await MediaLibrary(database: app.db).list(query: "", Paging(page: 1, per: 5)).total == 0, "no entry kept")
            let good = try await uploadThroughAPI(app, token: token, file: photo, fields: ["alt": "a", "credit": "b"], fileName: "good.png")
            #expect(good.status == .created, "the server still takes images (\(backend))")
        }
    }
}
