import HallyuCore

/// Where each kind of thing lives on the public site (docs/contract.md).
enum Paths {
    static func of(_ ref: EntityRef, titleKind: TitleKind? = nil) -> String {
        switch ref.kind {
        case .person: "/people/\(ref.slug)"
        case .title: "/\((titleKind ?? .drama).pathSegment)/\(ref.slug)"
        case .organization: "/organizations/\(ref.slug)"
        case .couple: "/couples/\(ref.slug)"
        case .article: "/articles/\(ref.slug)"
        case .tag: "/tags/\(ref.slug)"
        case .character: "#character-\(ref.slug)"
        }
    }

    static func article(_ slug: String) -> String { "/articles/\(slug)" }

    /// A character's anchor on its title's page.
    static func character(_ credit: Credit) -> String? {
        credit.characterSlug.map { "/\(credit.titleKind.pathSegment)/\(credit.title.slug)#character-\($0)" }
    }
}
