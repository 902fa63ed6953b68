/// What a mention points at: an entity, or a character on its title's page.
public struct MentionTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: EntityKind
    public var slug: String
    /// The title a character belongs to; nil for other kinds.
    public var titleSlug: String?

    public init(kind: EntityKind, slug: String, titleSlug: String? = nil) {
        self.kind = kind
        self.slug = slug
        self.titleSlug = titleSlug
    }

    /// `person/han-so-hee`, `character/nevertheless/yoo-na-bi`.
    public var description: String {
        titleSlug.map { "\(kind.rawValue)/\($0)/\(slug)" } ?? "\(kind.rawValue)/\(slug)"
    }
}

/// Everything the linker needs to know about one entity.
public struct NameRecord: Sendable {
    public var target: MentionTarget
    /// Names that identify it on their own: name, native name, aliases, a character's full name.
    public var names: [String]
    /// Names that identify it only once it is introduced: "So-hee", "Na-bi", 나비.
    public var givenNames: [String]
    /// A person's Hangul name, from which the spellings people use are generated.
    public var hangulName: String?
    /// Directly related entities: a person's titles, characters, agency and groups; a
    /// character's title and actor; a title's networks.
    public var related: [MentionTarget]

    public init(
        target: MentionTarget, names: [String], givenNames: [String] = [], hangulName: String? = nil,
        related: [MentionTarget] = []
    ) {
        self.target = target
        self.names = names
        self.givenNames = givenNames
        self.hangulName = hangulName
        self.related = related
    }
}

/// A name found in a text, with its place given both in UTF-16 code units (for browsers) and in
/// UTF-8 bytes.
public struct Mention: Hashable, Sendable {
    public var target: MentionTarget
    public var text: String
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
}

/// A name several entities answer to, which neither the subjects nor the other names decided.
public struct AmbiguousMention: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
    public var candidates: [MentionTarget]
}
