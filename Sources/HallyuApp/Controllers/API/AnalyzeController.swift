import HallyuCore
import HallyuStore
import Vapor

/// `POST /api/v1/analyze`: the names in a Markdown text and the warnings an editor should see.
/// `POST /api/v1/preview`: the same text rendered as readers will see it, with the warnings a
/// story gets before it goes out.
struct AnalyzeController {
    struct Body: Content {
        var text: String
    }

    struct PreviewBody: Content {
        var text: String
        var subjects: [EntityRef]?
        var heroMediaId: String?
    }

    struct Preview: Content {
        var html: String
        var mentions: [EditorAnalysis.Mention]
        var warnings: [EditorAnalysis.Warning]
    }

    static let maxBodySize = 200_000

    func analyze(req: Request) async throws -> EditorAnalysis {
        try checkSize(req)
        let body = try req.content.decode(Body.self)
        return EditorAnalysis(names: body.text, index: try await req.application.mentionIndexCache.index(on: req.db))
    }

    func preview(req: Request) async throws -> Preview {
        try checkSize(req)
        let body = try req.content.decode(PreviewBody.self)
        var hero: Media?
        if let id = body.heroMediaId { hero = try await req.mediaLibrary.item(id: id)?.media }
        let renderer = try await req.bodyRenderer()
        let rendered = try await renderer.render(body.text, subjects: body.subjects ?? [])
        let analysis = EditorAnalysis(article: body.text, hero: hero, index: renderer.mentions)
        return Preview(html: rendered.html, mentions: analysis.mentions, warnings: analysis.warnings)
    }

    private func checkSize(_ req: Request) throws {
        // The route collects at most this much; a body handed over whole is checked here.
        if let size = req.body.data?.readableBytes, size > Self.maxBodySize {
            throw Abort(.payloadTooLarge, reason: "The text may be at most 200 KB.")
        }
    }
}
