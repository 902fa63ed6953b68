/// How prominent a role is.
public enum Billing: String, Codable, Sendable, CaseIterable, Comparable {
    case lead, support, cameo

    public static func < (lhs: Billing, rhs: Billing) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person's part in a title, usually a character they played.
public struct Credit: Sendable, Hashable, Codable {
    public var id: String
    public var person: EntityRef
    public var title: EntityRef
    public var titleKind: TitleKind
    public var characterName: String?
    public var characterNativeName: String?
    /// How the story calls the character: "Na-bi" for Yoo Na-bi.
    public var characterShortNames: [String]
    public var billing: Billing
    /// Position in the cast list (lower first).
    public var order: Int

    public init(
        id: String, person: EntityRef, title: EntityRef, titleKind: TitleKind, characterName: String? = nil,
        characterNativeName: String? = nil, characterShortNames: [String] = [], billing: Billing, order: Int = 0
    ) {
        self.id = id
        self.person = person
        self.title = title
        self.titleKind = titleKind
        self.characterName = characterName
        self.characterNativeName = characterNativeName
        self.characterShortNames = characterShortNames
        self.billing = billing
        self.order = order
    }

    /// The character's anchor on its title's page: `#character-{slug}`.
    public var characterSlug: String? {
        guard let name = characterName else { return nil }
        let slug = Slug.make(from: name)
        return slug.isEmpty ? nil : slug
    }

    /// The character as an entity, pointing at its title's page.
    public var character: EntityRef? {
        guard let name = characterName, let slug = characterSlug else { return nil }
        return EntityRef(kind: .character, slug: slug, name: name, nativeName: characterNativeName)
    }
}
