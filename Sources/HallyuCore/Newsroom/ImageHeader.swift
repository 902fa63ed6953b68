/// What an uploaded file is, read from its first bytes rather than its name or the type the
/// browser claimed, and its size in pixels from the same header.
public struct ImageHeader: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable, Codable {
        case jpeg, png, webp, gif

        public var contentType: String {
            switch self {
            case .jpeg: "image/jpeg"
            case .png: "image/png"
            case .webp: "image/webp"
            case .gif: "image/gif"
            }
        }

        public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    }

    public var format: Format
    /// As stored, before the orientation is applied.
    public var width: Int
    public var height: Int
    /// The EXIF orientation of a JPEG (1–8; 1 is upright), which browsers and the resized
    /// copies apply: 5–8 turn the image a quarter, swapping its width and height.
    public var orientation = 1
    /// Whether some pixels may be see-through, so copies keep transparency (PNG, not JPEG).
    public var hasAlpha = false
    /// An animation (GIF, animated WebP or PNG), which is served as it was uploaded.
    public var isAnimated = false

    /// Nil when the bytes are none of the four formats, or the header is cut short or says the
    /// image has no pixels.
    public init?(_ bytes: some Collection<UInt8>) {
        let data = Array(bytes.prefix(Self.headerLimit))
        guard let (format, width, height) = Self.png(data) ?? Self.gif(data) ?? Self.webp(data) ?? Self.jpeg(data),
            width > 0, height > 0
        else { return nil }
        self.format = format
        self.width = width
        self.height = height
        readTraits(data)
    }

    /// The size as shown, its orientation applied.
    public var displayWidth: Int { orientation >= 5 ? height : width }
    public var displayHeight: Int { orientation >= 5 ? width : height }

    /// JPEG frame headers may follow large metadata blocks (EXIF thumbnails, colour profiles).
    public static let headerLimit = 1 << 20

    private static func png(_ d: [UInt8]) -> (Format, Int, Int)? {
        guard d.count >= 24, d.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            Array(d[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        return (.png, bigEndian(d, 16, 4), bigEndian(d, 20, 4))
    }

    private static func gif(_ d: [UInt8]) -> (Format, Int, Int)? {
        guard d.count >= 10, d.starts(with: Array("GIF87a".utf8)) || d.starts(with: Array("GIF89a".utf8)) else { return nil }
        return (.gif, littleEndian(d, 6, 2), littleEndian(d, 8, 2))
    }

    private static func webp(_ d: [UInt8]) -> (Format, Int, Int)? {
        guard d.count >= 30, d.starts(with: Array("RIFF".utf8)), Array(d[8..<12]) == Array("WEBP".utf8) else { return nil }
        switch String(decoding: d[12..<16], as: UTF8.self) {
        case "VP8 ":
            // Lossy: a key frame's start code, then 14-bit sizes.
            guard d[23] == 0x9D, d[24] == 0x01, d[25] == 0x2A else { return nil }
            return (.webp, littleEndian(d, 26, 2) & 0x3FFF, littleEndian(d, 28, 2) & 0x3FFF)
        case "VP8L":
            // Lossless: a signature byte, then 14-bit sizes minus one, packed.
            guard d[20] == 0x2F else { return nil }
            let bits = littleEndian(d, 21, 4)
            return (.webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            // Extended: 24-bit canvas sizes minus one.
            return (.webp, littleEndian(d, 24, 3) + 1, littleEndian(d, 27, 3) + 1)
        default:
            return nil
        }
    }

    /// Walks the markers to the first start-of-frame, which carries the size.
    private static func jpeg(_ d: [UInt8]) -> (Format, Int, Int)? {
        var size: (Format, Int, Int)?
        forEachJPEGSegment(d) { marker, at in
            guard isJPEGFrame(marker) else { return true }
            if at + 9 < d.count { size = (.jpeg, bigEndian(d, at + 7, 2), bigEndian(d, at + 5, 2)) }
            return false
        }
        return size
    }

    /// A start-of-frame marker, whose segment carries the size.
    static func isJPEGFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
    }

    /// Calls `body` with each segment's marker and where the segment starts (its 0xFF), from
    /// the start of the image, until `body` returns false or the bytes end or stop making sense.
    static func forEachJPEGSegment(_ d: [UInt8], _ body: (_ marker: UInt8, _ at: Int) -> Bool) {
        guard d.count >= 4, d[0] == 0xFF, d[1] == 0xD8 else { return }
        var index = 2
        while index + 3 < d.count, d[index] == 0xFF {
            let marker = d[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            // Markers without a length.
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                index += 2
                continue
            }
            guard body(marker, index) else { return }
            let length = bigEndian(d, index + 2, 2)
            guard length >= 2 else { return }
            index += 2 + length
        }
    }

    static func bigEndian(_ d: [UInt8], _ at: Int, _ count: Int) -> Int {
        (0..<count).reduce(0) { $0 << 8 | Int(d[at + $1]) }
    }

    static func littleEndian(_ d: [UInt8], _ at: Int, _ count: Int) -> Int {
        (0..<count).reversed().reduce(0) { $0 << 8 | Int(d[at + $1]) }
    }
}
