/// A real person the newsroom writes about: actors, idols, directors.
public struct Person: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var name: String
    /// The name in Hangul (or the person's own script).
    public var nativeName: String?
    /// Other spellings editors typed: stage names, real names, customary romanizations.
    public var aliases: [String]
    public var birthDate: CalendarDate?
    /// Where they were born, as readers would say it: "Ulsan", "Bangkok, Thailand".
    public var birthplace: String?
    public var occupations: [String]
    public var agency: EntityRef?
    public var bio: String

    public init(
        id: String, slug: String, name: String, nativeName: String? = nil, aliases: [String] = [],
        birthDate: CalendarDate? = nil, birthplace: String? = nil, occupations: [String] = [], agency: EntityRef? = nil, bio: String = ""
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.nativeName = nativeName
        self.aliases = aliases
        self.birthDate = birthDate
        self.birthplace = birthplace
        self.occupations = occupations
        self.agency = agency
        self.bio = bio
    }

    public var ref: EntityRef { EntityRef(kind: .person, slug: slug, name: name, nativeName: nativeName) }
}
