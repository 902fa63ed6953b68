import HallyuCore
import Vapor

/// A page readers see, written straight into bytes inside the site's layout. The bundled Leaf
/// template of the same name writes the same page; it is what a theme copies and changes, and
/// with a theme's templates set (`ReaderPageRendering.templates`) pages are rendered through
/// Leaf instead. Writing in Swift is the fast path: Leaf spent about a third of an uncached
/// article request resolving and converting template values.
protocol ReaderPage: Encodable, Sendable {
    var meta: PageMeta { get }
    /// The Leaf template that renders this page.
    static var template: String { get }
    /// What goes inside `<main>`.
    func writeMain(_ html: inout HTMLWriter)
}

extension ReaderPage {
    func response(for req: Request, status: HTTPResponseStatus = .ok) async throws -> Response {
        switch req.application.readerPageRendering {
        case .compiled:
            var html = HTMLWriter(capacity: 48 * 1024)
            SiteLayout.write(meta, into: &html) { writeMain(&$0) }
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: status, headers: headers, body: .init(buffer: ByteBuffer(bytes: html.bytes)))
        case .templates:
            return try await req.view.render(Self.template, self).encodeResponse(status: status, for: req)
        }
    }
}

/// How reader pages are rendered: by the Swift writers, or through Leaf when a theme brings
/// templates of its own.
enum ReaderPageRendering: Sendable {
    case compiled
    case templates
}

extension Application {
    private struct ReaderPageRenderingKey: StorageKey {
        typealias Value = ReaderPageRendering
    }

    var readerPageRendering: ReaderPageRendering {
        get { storage[ReaderPageRenderingKey.self] ?? .compiled }
        set { storage[ReaderPageRenderingKey.self] = newValue }
    }
}
