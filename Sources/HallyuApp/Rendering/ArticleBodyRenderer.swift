import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// Renders an article's Markdown the way readers see it, with `[[Name]]` links resolved against
/// the knowledge base in one look-up.
struct ArticleBodyRenderer {
    let knowledge: KnowledgeRepository

    /// The HTML and the word count (for reading time), from one parse.
    struct Rendered {
        let html: String
        let wordCount: Int
    }

    func render(_ markdown: String) async throws -> Rendered {
        let document = Markdown.parse(markdown)
        let found = try await knowledge.entities(named: document.entityLinkTargets)
        let kinds = try await knowledge.titleKinds(slugs: found.values.filter { $0.kind == .title }.map(\.slug))
        let renderer = MarkdownHTMLRenderer(options: .standard) { name in
            guard let ref = found[NameKey.make(name)] else { return nil }
            return EntityLinkTarget(href: Paths.of(ref, titleKind: kinds[ref.slug]), kind: ref.kind.rawValue, lang: nil)
        }
        return Rendered(html: renderer.render(document),
                        wordCount: MarkdownPlainText.wordCount(MarkdownPlainText.render(document)))
    }
}
