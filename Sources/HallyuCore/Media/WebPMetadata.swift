/// Takes the metadata out of a WebP file: the EXIF, XMP and colour profile chunks, and their
/// flags in the extended header. libvips 8.14 writes an EXIF block into every WebP it saves,
/// whatever it is asked; readers' copies carry none (copies are in sRGB, which browsers assume
/// without a profile).
public enum WebPMetadata {
    static let metadataChunks: Set<String> = ["EXIF", "XMP ", "ICCP"]

    /// The file without its metadata; nil when it is not a whole WebP file.
    public static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) else { return nil }
        var out = Array(bytes[0..<12])
        var extendedHeader: Int?
        var index = 12
        while index < bytes.count {
            guard index + 8 <= bytes.count else { return nil }
            let name = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            let size = ImageHeader.littleEndian(bytes, index + 4, 4)
            // Chunks are padded to an even length; a last chunk may lack its padding byte.
            guard index + 8 + size <= bytes.count else { return nil }
            let end = min(bytes.count, index + 8 + size + size % 2)
            if !metadataChunks.contains(name) {
                if name == "VP8X", size >= 10 { extendedHeader = out.count }
                out += bytes[index..<end]
            }
            index = end
        }
        // The flags byte: ICC profile 0x20, EXIF 0x08, XMP 0x04.
        if let at = extendedHeader { out[at + 8] &= ~UInt8(0x20 | 0x08 | 0x04) }
        let size = UInt32(out.count - 8)
        for shift in 0..<4 { out[4 + shift] = UInt8(size >> (8 * UInt32(shift)) & 0xFF) }
        return out
    }
}
