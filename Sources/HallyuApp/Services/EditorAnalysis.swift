import HallyuCore
import Vapor

/// What the editor's side panel shows for a text: the names found and everything worth a
/// second look. The analyze and preview endpoints and the editor page all read it from here.
struct EditorAnalysis: Content {
    struct Mention: Content {
        var entity: EntityRef
        var text: String
        var start, end, utf8Start, utf8End: Int
    }

    struct Warning: Content {
        /// `misspelling`, `ambiguous`, `unknown`, `longParagraph` or `hero`.
        var kind: String
        var text: String
        var start, end, utf8Start, utf8End: Int
        var suggestions: [EntityRef]
        var message: String
    }

    var mentions: [Mention]
    var warnings: [Warning]

    /// The name checks, as writers see them while typing.
    init(names text: String, index: MentionIndex) {
        let analysis = index.analyze(text)
        let misspellings = index.misspellings(in: text, analysis: analysis)
        let misspelt = misspellings.map { $0.start..<$0.end }
        var warnings = misspellings.map { found in
            Warning(
                kind: "misspelling", text: found.text, start: found.start, end: found.end, utf8Start: found.utf8Start,
                utf8End: found.utf8End, suggestions: found.suggestions.map(index.reference),
                message: "Did you mean \(found.closest)?")
        }
        // A stray given name inside a misspelt full name is reported once, as the misspelling.
        for found in analysis.ambiguous where !misspelt.contains(where: { $0.overlaps(found.start..<found.end) }) {
            let names = found.candidates.map { index.reference($0).name }
            warnings.append(
                Warning(
                    kind: "ambiguous", text: found.text, start: found.start, end: found.end,
                    utf8Start: found.utf8Start, utf8End: found.utf8End,
                    suggestions: found.candidates.map(index.reference),
                    message: "\"\(found.text)\" could be \(names.joined(separator: " or ")); link the one you mean."))
        }
        for found in index.unknownNames(in: text, analysis: analysis, misspellings: misspellings) {
            warnings.append(
                Warning(
                    kind: "unknown", text: found.text, start: found.start, end: found.end,
                    utf8Start: found.utf8Start, utf8End: found.utf8End, suggestions: [],
                    message: "\(found.text) is not in the knowledge base."))
        }
        mentions = analysis.mentions.map {
            Mention(
                entity: index.reference($0.target), text: $0.text, start: $0.start, end: $0.end,
                utf8Start: $0.utf8Start, utf8End: $0.utf8End)
        }
        self.warnings = warnings.sorted { $0.start < $1.start }
    }

    /// The name checks, then the checks of a story about to go out: long paragraphs and the
    /// hero image's credit and alt text.
    init(article text: String, hero: Media?, index: MentionIndex) {
        self.init(names: text, index: index)
        for paragraph in EditorChecks.longParagraphs(in: text) {
            warnings.append(
                Warning(
                    kind: "longParagraph", text: "", start: paragraph.start, end: paragraph.end,
                    utf8Start: paragraph.utf8Start, utf8End: paragraph.utf8End, suggestions: [],
                    message: "A paragraph of \(paragraph.words) words: readers on phones lose their place; split it."))
        }
        for picture in EditorChecks.offSitePictures(in: text) {
            warnings.append(
                Warning(
                    kind: "offSitePicture", text: picture.source, start: picture.start, end: picture.end,
                    utf8Start: picture.utf8Start, utf8End: picture.utf8End, suggestions: [],
                    message:
                        "A picture from another site: readers' pages do not load it. Upload it to the media library with its credit, then use its /media/ address; the story cannot go out until then."
                ))
        }
        warnings.sort { $0.start < $1.start }
        for problem in EditorChecks.heroProblems(hero) {
            warnings.append(
                Warning(
                    kind: "hero", text: "", start: 0, end: 0, utf8Start: 0, utf8End: 0, suggestions: [],
                    message: problem + " Add it in the media library before publishing."))
        }
    }
}

extension MentionIndex {
    /// A target as the API refers to entities: kind, slug and the name to show.
    func reference(_ target: MentionTarget) -> EntityRef {
        EntityRef(kind: target.kind, slug: target.slug, name: name(of: target))
    }
}
