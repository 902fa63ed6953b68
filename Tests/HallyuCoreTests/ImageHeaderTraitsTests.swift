import Testing

@testable import HallyuCore

/// Orientation, transparency and animation, read from the header as uploads are checked.
@Suite struct ImageHeaderTraitsTests {
    /// A 4000×3000 JPEG whose EXIF block says `orientation`, in either byte order.
    private func jpeg(orientation: UInt8, littleEndian: Bool) -> [UInt8] {
        let tiff: [UInt8] =
            littleEndian
            ? [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0] + [1, 0] + [0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0] + [0, 0, 0, 0]
            : [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8] + [0, 1] + [0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0] + [0, 0, 0, 0]
        let app1 = Array("Exif".utf8) + [0, 0] + tiff
        let length = app1.count + 2
        return [0xFF, 0xD8, 0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + app1
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x0B, 0xB8, 0x0F, 0xA0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
    }

    @Test func aPhoneHeldUprightGivesAPortraitImage() throws {
        for littleEndian in [true, false] {
            let turned = try #require(ImageHeader(jpeg(orientation: 6, littleEndian: littleEndian)))
            #expect(turned.orientation == 6)
            #expect((turned.width, turned.height) == (4000, 3000), "as stored")
            #expect((turned.displayWidth, turned.displayHeight) == (3000, 4000), "as shown")
            let upright = try #require(ImageHeader(jpeg(orientation: 3, littleEndian: littleEndian)))
            #expect((upright.displayWidth, upright.displayHeight) == (4000, 3000), "turned half round: the same shape")
        }
        #expect(ImageHeader(jpeg(orientation: 9, littleEndian: true))?.orientation == 1, "no such orientation")
    }

    private func png(colourType: UInt8, chunks: [String] = []) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bytes += [0, 0, 1, 0, 0, 0, 1, 0, 8, colourType, 0, 0, 0] + [0, 0, 0, 0]
        for name in chunks + ["IDAT"] { bytes += [0, 0, 0, 1] + Array(name.utf8) + [0] + [0, 0, 0, 0] }
        return bytes
    }

    @Test func transparencyAndAnimationShowInThePNGHeader() throws {
        #expect(ImageHeader(png(colourType: 2))?.hasAlpha == false)
        #expect(ImageHeader(png(colourType: 6))?.hasAlpha == true, "RGBA")
        #expect(ImageHeader(png(colourType: 4))?.hasAlpha == true, "grey and alpha")
        #expect(ImageHeader(png(colourType: 3, chunks: ["PLTE", "tRNS"]))?.hasAlpha == true, "a palette with a see-through entry")
        #expect(ImageHeader(png(colourType: 2, chunks: ["acTL"]))?.isAnimated == true)
        #expect(ImageHeader(png(colourType: 2, chunks: ["tEXt"]))?.isAnimated == false)
    }

    @Test func aPNGHeaderCutOffBeforeItsColourTypeIsReadWithoutIt() throws {
        // What the fuzzer found: 25 bytes, the size and no more, read one byte past the end.
        let cut: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0x8B, 0, 0, 0, 0, 1, 0x42, 0x60, 0x82]
        let header = try #require(ImageHeader(cut))
        #expect(header.format == .png && !header.hasAlpha && !header.isAnimated)
        #expect(ImageLimits.pixelProblem(header) != nil, "and its size is refused")
    }

    @Test func transparencyAndAnimationShowInTheWebPHeader() throws {
        func extended(flags: UInt8) -> [UInt8] {
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, flags, 0, 0, 0] + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]
                + [0, 0, 0]
        }
        #expect(ImageHeader(extended(flags: 0x10))?.hasAlpha == true)
        #expect(ImageHeader(extended(flags: 0x02))?.isAnimated == true)
        #expect(ImageHeader(extended(flags: 0))?.hasAlpha == false)
        // Lossless: the alpha bit sits above the two 14-bit sizes.
        let lossless =
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8L".utf8) + [0, 0, 0, 0, 0x2F] + [0x3F, 0x00, 0x00, 0x10] + Array(repeating: 0, count: 8)
        let header = try #require(ImageHeader(lossless))
        #expect(header.hasAlpha && header.width == 64 && header.height == 1)
    }
}
