/// Where readers' pages point for an image: its resized copies where they were made, the
/// upload itself otherwise (a site without the image tool, a drawing).
extension Media {
    /// `srcset` of the copies in `format` (WebP or the fallback format):
    /// "/media/x-r1-w320.webp 320w, /media/x-r1-w640.webp 640w"; empty without copies.
    public func srcset(_ format: ImageHeader.Format) -> String {
        guard let variants else { return "" }
        return variants.widths.map { "/media/\(variants.fileName(of: fileName, width: $0, format: format)) \($0)w" }
            .joined(separator: ", ")
    }

    /// The `src` of a reader's page: the fallback copy nearest 960 pixels wide (what most
    /// layouts need, for a browser that reads no `srcset`), or the upload.
    public var readerPath: String {
        guard let variants, let narrowest = variants.widths.first else { return path }
        let width = variants.widths.last { $0 <= 960 } ?? narrowest
        return "/media/" + variants.fileName(of: fileName, width: width, format: variants.fallback)
    }

    /// The widest copy in the fallback format, which any reader of a feed or sitemap can show,
    /// with its size; the upload without copies.
    public var largestCopy: (path: String, width: Int, height: Int, contentType: String) {
        guard let variants, let widest = variants.widths.last, let file = variants.widestFileName(of: fileName) else {
            return (path, width, height, contentType)
        }
        let height = self.width > 0 ? Int((Double(self.height) * Double(widest) / Double(self.width)).rounded()) : self.height
        return ("/media/" + file, widest, height, variants.fallback.contentType)
    }

    /// The picture for social cards: the 1200×630 crop, or the largest copy.
    public var socialCard: (path: String, width: Int, height: Int, contentType: String) {
        guard let variants else { return largestCopy }
        return ("/media/" + variants.socialFileName(of: fileName), variants.socialWidth, variants.socialHeight, "image/jpeg")
    }
}
