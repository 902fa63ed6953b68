/// The kinds of thing the newsroom links to; the raw values are the contract's JSON `kind`s.
public enum EntityKind: String, Codable, Sendable, CaseIterable {
    case person, title, organization, couple, character, article, tag
}

/// A reference to an entity by kind and slug, with the name to show: how the API and pages point at things.
public struct EntityRef: Codable, Sendable, Hashable {
    public var kind: EntityKind
    public var slug: String
    public var name: String
    /// The Hangul (or other native-script) name, shown beside the name with `lang="ko"`.
    public var nativeName: String?

    public init(kind: EntityKind, slug: String, name: String, nativeName: String? = nil) {
        self.kind = kind
        self.slug = slug
        self.name = name
        self.nativeName = nativeName
    }
}
