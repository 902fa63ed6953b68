/// What the header says beyond format and size: orientation, transparency and animation. Read
/// from the same first bytes, so nothing is decoded.
extension ImageHeader {
    mutating func readTraits(_ d: [UInt8]) {
        switch format {
        case .jpeg:
            orientation = Self.jpegOrientation(d) ?? 1
        case .png:
            // The colour type follows the size; a header cut off before it says nothing more.
            guard d.count > 25 else { return }
            let chunks = Self.pngChunksBeforeData(d)
            // Colour types 4 and 6 carry alpha; a tRNS chunk makes a colour transparent.
            hasAlpha = d[25] == 4 || d[25] == 6 || chunks.contains("tRNS")
            isAnimated = chunks.contains("acTL")
        case .webp:
            switch String(decoding: d[12..<16], as: UTF8.self) {
            case "VP8X":
                hasAlpha = d[20] & 0x10 != 0
                isAnimated = d[20] & 0x02 != 0
            case "VP8L":
                hasAlpha = Self.littleEndian(d, 21, 4) >> 28 & 1 == 1
            default:
                break
            }
        case .gif:
            // A GIF may hold transparency and frames anywhere in the file; it is kept as uploaded.
            hasAlpha = true
            isAnimated = true
        }
    }

    /// The names of the PNG chunks ahead of the first image data.
    private static func pngChunksBeforeData(_ d: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var index = 8
        while index + 8 <= d.count {
            let length = bigEndian(d, index, 4)
            let name = String(decoding: d[(index + 4)..<(index + 8)], as: UTF8.self)
            if name == "IDAT" || name == "IEND" { break }
            names.insert(name)
            // Length, name, data and checksum.
            let next = index + 12 + length
            guard next > index else { break }
            index = next
        }
        return names
    }

    /// The Orientation tag (0x0112) of the EXIF block in a JPEG's APP1 segment.
    private static func jpegOrientation(_ d: [UInt8]) -> Int? {
        var orientation: Int?
        forEachJPEGSegment(d) { marker, at in
            // Start of frame or of scan: EXIF comes before both.
            if isJPEGFrame(marker) || marker == 0xDA { return false }
            let body = at + 4
            guard marker == 0xE1, body + 14 <= d.count, Array(d[body..<(body + 6)]) == [0x45, 0x78, 0x69, 0x66, 0, 0] else { return true }
            orientation = tiffOrientation(d, tiff: body + 6, end: min(d.count, at + 2 + bigEndian(d, at + 2, 2)))
            return false
        }
        return orientation
    }

    /// Reads IFD0 of a TIFF structure starting at `tiff`, in either byte order.
    private static func tiffOrientation(_ d: [UInt8], tiff: Int, end: Int) -> Int? {
        guard tiff + 8 <= end else { return nil }
        let little: Bool
        switch (d[tiff], d[tiff + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at >= tiff, at + count <= end else { return nil }
            return little ? littleEndian(d, at, count) : bigEndian(d, at, count)
        }
        guard let ifd = number(tiff + 4, 4), let entries = number(tiff + ifd, 2) else { return nil }
        for entry in 0..<min(entries, 512) {
            let at = tiff + ifd + 2 + entry * 12
            guard let tag = number(at, 2) else { return nil }
            guard tag == 0x0112 else { continue }
            // A SHORT: its value sits in the entry's first two bytes.
            guard let value = number(at + 8, 2), (1...8).contains(value) else { return nil }
            return value
        }
        return nil
    }
}
