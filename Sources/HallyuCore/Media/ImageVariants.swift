/// The resized copies made of one image: WebP at each width, the same widths again in JPEG (PNG
/// for an image with transparency) for browsers without WebP, and the social card crop. A
/// drawing (SVG), which scales itself, has the card alone: networks show no SVG. Each is
/// a file beside the original named after it (`{stem}-r1-w640.webp`, `{stem}-r1-social.jpg`),
/// so names never change content and the files are cached for a year; the recipe's number in the
/// name changes when the way copies are made does.
public struct ImageVariants: Sendable, Hashable, Codable {
    /// How copies are made now: sizes, quality, metadata stripped. Copies of an older recipe are
    /// made again by `hallyu media variants`.
    public static let currentRecipe = 1

    public var recipe: Int
    /// JPEG, or PNG for an image with transparency.
    public var fallback: ImageHeader.Format
    /// Ascending; empty for a drawing's card alone.
    public var widths: [Int]
    public var socialWidth: Int
    public var socialHeight: Int

    public init(recipe: Int = Self.currentRecipe, fallback: ImageHeader.Format, widths: [Int], socialWidth: Int, socialHeight: Int) {
        self.recipe = recipe
        self.fallback = fallback
        self.widths = widths.sorted()
        self.socialWidth = socialWidth
        self.socialHeight = socialHeight
    }

    /// What the library keeps: "1 jpeg 320,640,960 1200x630", or "1 jpeg - 1200x630" for a card alone.
    public var encoded: String {
        let list = widths.isEmpty ? "-" : widths.map(String.init).joined(separator: ",")
        return "\(recipe) \(fallback.rawValue) \(list) \(socialWidth)x\(socialHeight)"
    }

    public init?(encoded: String) {
        let parts = encoded.split(separator: " ")
        guard parts.count == 4, let recipe = Int(parts[0]), let fallback = ImageHeader.Format(rawValue: String(parts[1])),
            [.jpeg, .png].contains(fallback)
        else { return nil }
        let listed = parts[2] == "-" ? [] : parts[2].split(separator: ",", omittingEmptySubsequences: false)
        let widths = listed.compactMap { Int($0) }
        let social = parts[3].split(separator: "x").compactMap { Int($0) }
        guard parts[2] == "-" || !widths.isEmpty, widths.count == listed.count, widths.allSatisfy({ $0 > 0 }), social.count == 2,
            social.allSatisfy({ $0 > 0 })
        else { return nil }
        self.init(recipe: recipe, fallback: fallback, widths: widths, socialWidth: social[0], socialHeight: social[1])
    }

    /// The copy of `original` at `width` in `format` (WebP or the fallback).
    public func fileName(of original: String, width: Int, format: ImageHeader.Format) -> String {
        "\(Self.stem(of: original))-r\(recipe)-w\(width).\(format.fileExtension)"
    }

    /// The widest copy of `original` in the fallback format, which every reader of a feed or a
    /// sitemap can show; nil for a card alone.
    public func widestFileName(of original: String) -> String? {
        widths.last.map { fileName(of: original, width: $0, format: fallback) }
    }

    /// The social card crop of `original`: always JPEG, which every network reads.
    public func socialFileName(of original: String) -> String {
        "\(Self.stem(of: original))-r\(recipe)-social.jpg"
    }

    /// Every file these copies of `original` are.
    public func fileNames(of original: String) -> [String] {
        widths.flatMap { [fileName(of: original, width: $0, format: .webp), fileName(of: original, width: $0, format: fallback)] }
            + [socialFileName(of: original)]
    }

    /// "abc123.jpg" → "abc123".
    static func stem(of fileName: String) -> Substring {
        guard let dot = fileName.lastIndex(of: ".") else { return fileName[...] }
        return fileName[..<dot]
    }
}
