import Crypto
import Fluent
import Foundation
import HallyuCore
import HallyuStore

/// Renders an article's Markdown the way readers see it: `[[Name]]` links resolved against the
/// knowledge base in one look-up, and the first mention of every other known name linked too.
struct ArticleBodyRenderer {
    let knowledge: KnowledgeRepository
    let media: MediaLibrary
    let mentions: MentionIndex
    /// Bodies already rendered against `mentions`.
    var rendered: RenderedBodies?

    /// The HTML and the word count (for reading time), from one parse.
    struct Rendered {
        let html: String
        let wordCount: Int
    }

    /// Everything a body renders from besides the names: its text, its subjects (which decide
    /// what links) and the library's pictures it places; `key` names all of it.
    struct Source {
        let markdown: String
        let subjects: [EntityRef]
        let pictures: BodyPictures
        let key: SHA256Digest
    }

    /// Looks up the pictures a body places (one query, none for a body without any).
    func source(_ markdown: String, subjects: [EntityRef] = []) async throws -> Source {
        let fileNames = SitePictures.mediaFileNames(mentionedIn: markdown)
        let pictures = fileNames.isEmpty ? BodyPictures.none : BodyPictures(images: try await media.images(fileNames: fileNames))
        return Source(
            markdown: markdown, subjects: subjects, pictures: pictures,
            key: RenderedBodies.key(markdown, subjects: subjects, pictures: pictures))
    }

    func render(_ markdown: String, subjects: [EntityRef] = []) async throws -> Rendered {
        try await render(source(markdown, subjects: subjects))
    }

    func render(_ source: Source) async throws -> Rendered {
        guard let rendered else { return try await renderAnew(source) }
        if let known = rendered.rendered(source.key) { return known }
        let made = try await renderAnew(source)
        rendered.keep(made, for: source.key)
        return made
    }

    private func renderAnew(_ source: Source) async throws -> Rendered {
        let parsed = Markdown.parse(source.markdown)
        let found = try await knowledge.entities(named: parsed.entityLinkTargets)
        let written = Set(found.values.map { MentionTarget(kind: $0.kind, slug: $0.slug) })
        let (document, automatic) = AutoLinking.link(
            parsed, index: mentions,
            subjects: source.subjects.map { MentionTarget(kind: $0.kind, slug: $0.slug) },
            alreadyLinked: written)
        let titleSlugs =
            found.values.filter { $0.kind == .title }.map(\.slug)
            + automatic.compactMap { $0.target.kind == .title ? $0.target.slug : $0.target.titleSlug }
        let kinds = try await knowledge.titleKinds(slugs: Array(Set(titleSlugs)))
        var renderer = MarkdownHTMLRenderer(options: .standard) { name in
            if let target = AutoLinking.target(fromLinkTarget: name) {
                return EntityLinkTarget(href: Self.path(of: target, kinds), kind: target.kind.rawValue)
            }
            guard let ref = found[NameKey.make(name)] else { return nil }
            return EntityLinkTarget(href: Paths.of(ref, titleKind: kinds[ref.slug]), kind: ref.kind.rawValue, lang: nil)
        }
        renderer.writePicture = source.pictures.write
        return Rendered(
            html: renderer.render(document),
            wordCount: MarkdownPlainText.wordCount(MarkdownPlainText.render(parsed)))
    }

    /// Where an automatic link goes; a character goes to its title's page at its anchor.
    static func path(of target: MentionTarget, _ kinds: [String: TitleKind]) -> String {
        if target.kind == .character, let title = target.titleSlug {
            return "/\((kinds[title] ?? .drama).pathSegment)/\(title)#character-\(target.slug)"
        }
        return Paths.of(EntityRef(kind: target.kind, slug: target.slug, name: ""), titleKind: kinds[target.slug])
    }
}
