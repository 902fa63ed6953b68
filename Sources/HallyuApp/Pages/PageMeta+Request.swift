import HallyuCore
import Vapor

extension Request {
    /// A page's meta with its absolute addresses: canonical, image, list neighbours and feed.
    func pageMeta(
        title: String, description: String, path: String, type: String = "website", image: Media? = nil,
        structuredData: [String: Any]? = nil, pager: Pager? = nil, feedPath: String? = nil
    ) -> PageMeta {
        let base = publicBase
        var meta = PageMeta(title: title, description: description, path: path)
        // The first page of a list is the list itself; later pages are their own addresses.
        let page = pager.map(\.page) ?? 1
        meta.canonicalURL = base + path + (page > 1 ? (path.contains("?") ? "&" : "?") + "page=\(page)" : "")
        meta.type = type
        if let image, image.kind == .image {
            let card = image.socialCard
            meta.imageURL = base + card.path
            meta.imageAlt = image.alt
            // Sizes only for a bitmap: a drawing without copies has none that networks read.
            if image.variants != nil || !image.isDrawing {
                meta.imageWidth = card.width
                meta.imageHeight = card.height
            }
        }
        meta.structuredData = structuredData.flatMap(StructuredData.script)
        meta.previousURL = pager?.previousURL.map { base + $0 }
        meta.nextURL = pager?.nextURL.map { base + $0 }
        meta.feedURL = feedPath.map { base + $0 }
        return meta
    }

    /// The public base address, for absolute links (the configuration drops a trailing slash).
    var publicBase: String { application.config.publicURL.absoluteString }
}
