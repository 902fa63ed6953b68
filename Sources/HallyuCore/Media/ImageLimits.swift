/// What an image may be before anything decodes it. A file's size and its header's pixel count
/// are checked first, so a small file that claims a huge canvas (a decompression bomb) is
/// refused before a decoder allocates memory for it.
public enum ImageLimits {
    public static let maxBytes = 15 * 1024 * 1024
    public static let maxSide = 20_000
    /// 50 megapixels: four 12-megapixel phone photos over; decoding one at this size takes
    /// about 200 MB.
    public static let maxPixels = 50_000_000

    /// Why a file of `count` bytes is refused, or nil.
    public static func sizeProblem(bytes count: Int) -> String? {
        guard count > maxBytes else { return nil }
        return "The file is \(count / 1_048_576) MB; images may be at most \(maxBytes / 1_048_576) MB."
    }

    /// Why an image of this header's size is refused, or nil.
    public static func pixelProblem(_ header: ImageHeader) -> String? {
        if header.width > maxSide || header.height > maxSide {
            return "The image is \(header.width)×\(header.height) pixels; at most \(grouped(maxSide)) on a side."
        }
        if header.width * header.height > maxPixels {
            return
                "The image is \(header.width)×\(header.height) pixels, \(header.width * header.height / 1_000_000) megapixels; at most \(maxPixels / 1_000_000)."
        }
        return nil
    }

    private static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
