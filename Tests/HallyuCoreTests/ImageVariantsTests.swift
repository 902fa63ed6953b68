import Testing

@testable import HallyuCore

@Suite struct ImageVariantsTests {
    @Test func widthsClimbTheLadderAndNeverPassTheOriginal() {
        #expect(ImageWidths.widths(forOriginalWidth: 4000) == [320, 640, 828, 1080, 1280, 1920])
        #expect(ImageWidths.widths(forOriginalWidth: 1920) == [320, 640, 828, 1080, 1280, 1920])
        #expect(ImageWidths.widths(forOriginalWidth: 1200) == [320, 640, 828, 1080, 1200], "its own width, well past 1080")
        #expect(ImageWidths.widths(forOriginalWidth: 900) == [320, 640, 828], "not a copy hardly wider than 828")
        #expect(ImageWidths.widths(forOriginalWidth: 64) == [64], "a badge keeps one copy at its size")
        #expect(ImageWidths.widths(forOriginalWidth: 0) == [])
    }

    @Test func aDrawingsCardAloneIsKeptAndReadBack() throws {
        let card = ImageVariants(fallback: .jpeg, widths: [], socialWidth: 1200, socialHeight: 630)
        #expect(card.encoded == "1 jpeg - 1200x630")
        #expect(ImageVariants(encoded: card.encoded) == card)
        #expect(card.fileNames(of: "demo-x.svg") == ["demo-x-r1-social.jpg"])
        #expect(card.widestFileName(of: "demo-x.svg") == nil)
        let drawing = Media(
            id: "1", fileName: "demo-x.svg", contentType: "image/svg+xml", alt: "x", credit: "c", width: 1200, height: 675, variants: card)
        #expect(drawing.readerPath == "/media/demo-x.svg" && drawing.srcset(.webp) == "", "pages keep the drawing")
        #expect(drawing.largestCopy.path == "/media/demo-x.svg")
        #expect(drawing.socialCard.path == "/media/demo-x-r1-social.jpg")
        #expect(ImageVariants(encoded: "1 jpeg  1200x630") == nil && ImageVariants(encoded: "1 jpeg -,320 1200x630") == nil)
    }

    @Test func theSocialCropIsTheCardsShapeAndNeverEnlarged() {
        #expect(SocialCrop.size(forWidth: 4000, height: 3000) == (1200, 630))
        #expect(SocialCrop.size(forWidth: 3000, height: 4000) == (1200, 630), "a portrait photo gives its middle")
        #expect(SocialCrop.size(forWidth: 800, height: 600) == (800, 420))
        #expect(SocialCrop.size(forWidth: 2000, height: 300) == (571, 299), "a strip gives the widest box its height allows")
    }

    @Test func copiesAreNamedAfterTheUploadAndTheRecipe() throws {
        let variants = ImageVariants(fallback: .jpeg, widths: [640, 320], socialWidth: 1200, socialHeight: 630)
        #expect(variants.widths == [320, 640])
        #expect(
            variants.fileNames(of: "0a1b2c.png") == [
                "0a1b2c-r1-w320.webp", "0a1b2c-r1-w320.jpg", "0a1b2c-r1-w640.webp", "0a1b2c-r1-w640.jpg", "0a1b2c-r1-social.jpg",
            ])
        #expect(variants.encoded == "1 jpeg 320,640 1200x630")
        #expect(ImageVariants(encoded: variants.encoded) == variants)
        let transparent = ImageVariants(recipe: 2, fallback: .png, widths: [64], socialWidth: 64, socialHeight: 33)
        #expect(transparent.fileName(of: "ff.webp", width: 64, format: transparent.fallback) == "ff-r2-w64.png")
        for broken in ["", "1 jpeg", "1 gif 320 1200x630", "x jpeg 320 1200x630", "1 jpeg  1200x630", "1 jpeg 320 1200", "1 jpeg -5 9x9"] {
            #expect(ImageVariants(encoded: broken) == nil, "\(broken)")
        }
    }

    @Test func theLibraryNamesEveryFileOfAnImage() {
        var media = Media(id: "1", fileName: "0a1b2c.jpg", contentType: "image/jpeg", alt: "", credit: "", width: 800, height: 600)
        #expect(media.fileNames == ["0a1b2c.jpg"])
        media.variants = ImageVariants(fallback: .jpeg, widths: [320], socialWidth: 800, socialHeight: 420)
        #expect(media.fileNames == ["0a1b2c.jpg", "0a1b2c-r1-w320.webp", "0a1b2c-r1-w320.jpg", "0a1b2c-r1-social.jpg"])
        let clip = Media(
            id: "2", kind: .embed, fileName: "", contentType: "text/html", alt: "", credit: "", width: 16, height: 9,
            embedURL: "https://www.youtube-nocookie.com/embed/abc")
        #expect(clip.fileNames.isEmpty, "a clip lives elsewhere")
    }

    @Test func aWebPCopyLosesItsMetadataAndKeepsItsPicture() throws {
        func chunk(_ name: String, _ payload: [UInt8]) -> [UInt8] {
            let size = UInt32(payload.count)
            return Array(name.utf8) + (0..<4).map { UInt8(size >> (8 * UInt32($0)) & 0xFF) } + payload + (payload.count % 2 == 1 ? [0] : [])
        }
        // Extended header: alpha, EXIF and XMP flags; a 640×480 canvas.
        let extended = chunk("VP8X", [0x10 | 0x08 | 0x04, 0, 0, 0, 0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00])
        let body =
            extended + chunk("ALPH", [1, 2, 3]) + chunk("VP8 ", Array(repeating: 7, count: 10)) + chunk("EXIF", Array("Exif\0\0II*".utf8))
            + chunk("XMP ", Array("<x:xmpmeta/>".utf8))
        let size = UInt32(body.count + 4)
        let file = Array("RIFF".utf8) + (0..<4).map { UInt8(size >> (8 * UInt32($0)) & 0xFF) } + Array("WEBP".utf8) + body
        let bare = try #require(WebPMetadata.stripped(file))
        #expect(
            bare == Array(file.prefix(4)) + [UInt8(bare.count - 8), 0, 0, 0] + Array("WEBP".utf8) + [UInt8]([])
                + chunk("VP8X", [0x10, 0, 0, 0, 0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]) + chunk("ALPH", [1, 2, 3])
                + chunk("VP8 ", Array(repeating: 7, count: 10)))
        let header = try #require(ImageHeader(bare))
        #expect(header.width == 640 && header.height == 480 && header.hasAlpha)
        #expect(WebPMetadata.stripped(Array(file.dropLast(3))) == nil, "cut short")
        #expect(WebPMetadata.stripped(Array("RIFF....WEBX".utf8)) == nil)
    }

    @Test func limitsAreCheckedOnTheHeaderBeforeAnythingDecodes() throws {
        func png(_ width: UInt32, _ height: UInt32) -> ImageHeader? {
            func bigEndian(_ value: UInt32) -> [UInt8] {
                [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            }
            return ImageHeader(
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [
                    8, 2, 0, 0, 0,
                ])
        }
        #expect(ImageLimits.pixelProblem(try #require(png(4000, 3000))) == nil, "a 12-megapixel photo")
        #expect(ImageLimits.pixelProblem(try #require(png(50_000, 50_000)))?.contains("at most 20,000 on a side") == true)
        #expect(ImageLimits.pixelProblem(try #require(png(10_000, 10_000)))?.contains("100 megapixels; at most 50") == true)
        #expect(ImageLimits.sizeProblem(bytes: ImageLimits.maxBytes) == nil)
        #expect(ImageLimits.sizeProblem(bytes: ImageLimits.maxBytes + 1) == "The file is 15 MB; images may be at most 15 MB.")
    }
}
