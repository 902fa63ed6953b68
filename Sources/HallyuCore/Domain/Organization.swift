/// What an organization is to the newsroom; a group's page lists members, a network's its titles.
public enum OrganizationKind: String, Codable, Sendable, CaseIterable {
    case network, streamer, agency, group, studio

    /// Words for readers.
    public var label: String {
        switch self {
        case .network: "TV network"
        case .streamer: "Streaming service"
        case .agency: "Agency"
        case .group: "Group"
        case .studio: "Studio"
        }
    }
}

/// A broadcaster, streaming service, agency, idol group or studio.
public struct Organization: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var name: String
    public var nativeName: String?
    public var kind: OrganizationKind
    public var aliases: [String]
    public var description: String
    /// A year or a full date, as much as is known ("2011" or "2016-08-08").
    public var founded: String?
    public var website: String?

    public init(
        id: String, slug: String, name: String, nativeName: String? = nil, kind: OrganizationKind,
        aliases: [String] = [], description: String = "", founded: String? = nil, website: String? = nil
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.nativeName = nativeName
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.founded = founded
        self.website = website
    }

    public var ref: EntityRef { EntityRef(kind: .organization, slug: slug, name: name, nativeName: nativeName) }
}

/// A person's place in a group, now or in the past.
public struct Membership: Sendable, Hashable, Codable {
    public var person: EntityRef
    public var group: EntityRef
    public var current: Bool
    public var since: CalendarDate?
    public var until: CalendarDate?

    public init(person: EntityRef, group: EntityRef, current: Bool, since: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.person = person
        self.group = group
        self.current = current
        self.since = since
        self.until = until
    }
}
