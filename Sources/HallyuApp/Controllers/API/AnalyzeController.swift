import HallyuCore
import Vapor

/// `POST /api/v1/analyze`: the names in a Markdown text and the warnings an editor should see.
struct AnalyzeController {
    struct Body: Content {
        var text: String
    }

    struct Result: Content {
        var mentions: [MentionDTO]
        var warnings: [WarningDTO]
    }

    struct MentionDTO: Content {
        var entity: EntityRef
        var text: String
        var start, end, utf8Start, utf8End: Int
    }

    struct WarningDTO: Content {
        var kind: String
        var text: String
        var start, end, utf8Start, utf8End: Int
        var suggestions: [EntityRef]
        var message: String
    }

    static let maxBodySize = 200_000

    func analyze(req: Request) async throws -> Result {
        // The route collects at most this much; a body handed over whole is checked here.
        if let size = req.body.data?.readableBytes, size > Self.maxBodySize {
            throw Abort(.payloadTooLarge, reason: "The text may be at most 200 KB.")
        }
        let body = try req.content.decode(Body.self)
        let index = try await req.application.mentionIndexCache.index(on: req.db)
        let analysis = index.analyze(body.text)
        let misspellings = index.misspellings(in: body.text, analysis: analysis)
        let misspelt = misspellings.map { $0.start..<$0.end }
        var warnings = misspellings.map { found in
            WarningDTO(kind: "misspelling", text: found.text, start: found.start, end: found.end, utf8Start: found.utf8Start,
                       utf8End: found.utf8End, suggestions: found.suggestions.map(index.reference),
                       message: "Did you mean \(found.closest)?")
        }
        // A stray given name inside a misspelt full name is reported once, as the misspelling.
        for found in analysis.ambiguous where !misspelt.contains(where: { $0.overlaps(found.start..<found.end) }) {
            let names = found.candidates.map { index.reference($0).name }
            warnings.append(WarningDTO(kind: "ambiguous", text: found.text, start: found.start, end: found.end,
                                       utf8Start: found.utf8Start, utf8End: found.utf8End,
                                       suggestions: found.candidates.map(index.reference),
                                       message: "\"\(found.text)\" could be \(names.joined(separator: " or ")); link the one you mean."))
        }
        for found in index.unknownNames(in: body.text, analysis: analysis, misspellings: misspellings) {
            warnings.append(WarningDTO(kind: "unknown", text: found.text, start: found.start, end: found.end,
                                       utf8Start: found.utf8Start, utf8End: found.utf8End, suggestions: [],
                                       message: "\(found.text) is not in the knowledge base."))
        }
        return Result(
            mentions: analysis.mentions.map {
                MentionDTO(entity: index.reference($0.target), text: $0.text, start: $0.start, end: $0.end,
                           utf8Start: $0.utf8Start, utf8End: $0.utf8End)
            },
            warnings: warnings.sorted { $0.start < $1.start })
    }
}

extension MentionIndex {
    /// A target as the API refers to entities: kind, slug and the name to show.
    func reference(_ target: MentionTarget) -> EntityRef {
        EntityRef(kind: target.kind, slug: target.slug, name: name(of: target))
    }
}
