import HallyuCore

/// Where each kind of thing lives on the public site (docs/contract.md).
enum Paths {
    static func of(_ ref: EntityRef, titleKind: TitleKind? = nil) -> String {
        of(ref.kind, ref.slug, titleKind: titleKind)
    }

    static func of(_ kind: EntityKind, _ slug: String, titleKind: TitleKind? = nil) -> String {
        switch kind {
        case .person: "/people/\(slug)"
        case .title: "/\((titleKind ?? .drama).pathSegment)/\(slug)"
        case .organization: "/organizations/\(slug)"
        case .couple: "/couples/\(slug)"
        case .article: "/articles/\(slug)"
        case .tag: "/tags/\(slug)"
        case .character: "#character-\(slug)"
        }
    }

    static func article(_ slug: String) -> String { "/articles/\(slug)" }

    /// A character's anchor on its title's page.
    static func character(_ credit: Credit) -> String? {
        credit.characterSlug.map { "/\(credit.titleKind.pathSegment)/\(credit.title.slug)#character-\($0)" }
    }
}
