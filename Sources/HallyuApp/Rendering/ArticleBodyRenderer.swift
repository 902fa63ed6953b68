import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// Renders an article's Markdown the way readers see it, with `[[Name]]` links resolved against
/// the knowledge base in one query.
struct ArticleBodyRenderer {
    let knowledge: KnowledgeRepository

    func render(_ markdown: String) async throws -> String {
        let document = Markdown.parse(markdown)
        let names = Self.linkedNames(in: markdown)
        let found = try await knowledge.entities(named: names)
        let kinds = try await knowledge.titleKinds(slugs: found.values.filter { $0.kind == .title }.map(\.slug))
        let renderer = MarkdownHTMLRenderer(options: .standard) { name in
            guard let ref = found[NameKey.make(name)] else { return nil }
            return EntityLinkTarget(href: Paths.of(ref, titleKind: kinds[ref.slug]), kind: ref.kind.rawValue, lang: nil)
        }
        return renderer.render(document)
    }

    /// The targets of `[[Name]]` and `[[Name|text]]` links, found with a cheap scan so they can be
    /// looked up together before rendering.
    static func linkedNames(in markdown: String) -> [String] {
        var names: [String] = []
        var rest = markdown[...]
        while let open = rest.range(of: "[[") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "]]") else { break }
            let inside = rest[..<close.lowerBound]
            if !inside.contains("\n"), let target = inside.split(separator: "|", maxSplits: 1).first {
                let name = target.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names.append(name) }
            }
            rest = rest[close.upperBound...]
        }
        return names
    }
}
