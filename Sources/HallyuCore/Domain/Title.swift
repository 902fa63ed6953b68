/// Dramas and variety shows live under `/dramas`, films under `/films`.
public enum TitleKind: String, Codable, Sendable, CaseIterable {
    case drama, film, variety

    /// The URL segment of this kind's pages.
    public var pathSegment: String { self == .film ? "films" : "dramas" }
}

/// A drama, film or variety show.
public struct Title: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var kind: TitleKind
    public var name: String
    public var nativeName: String?
    public var aliases: [String]
    public var synopsis: String
    public var firstAired: CalendarDate?
    public var lastAired: CalendarDate?
    public var episodes: Int?
    /// Broadcasters that first aired it.
    public var networks: [EntityRef]
    /// Streaming services that carry it.
    public var platforms: [EntityRef]
    public var genres: [String]

    public init(
        id: String, slug: String, kind: TitleKind, name: String, nativeName: String? = nil,
        aliases: [String] = [], synopsis: String = "", firstAired: CalendarDate? = nil,
        lastAired: CalendarDate? = nil, episodes: Int? = nil, networks: [EntityRef] = [],
        platforms: [EntityRef] = [], genres: [String] = []
    ) {
        self.id = id
        self.slug = slug
        self.kind = kind
        self.name = name
        self.nativeName = nativeName
        self.aliases = aliases
        self.synopsis = synopsis
        self.firstAired = firstAired
        self.lastAired = lastAired
        self.episodes = episodes
        self.networks = networks
        self.platforms = platforms
        self.genres = genres
    }

    public var ref: EntityRef { EntityRef(kind: .title, slug: slug, name: name, nativeName: nativeName) }

    /// The year it first aired, used to tell apart titles that share a name.
    public var year: Int? { firstAired?.year }
}
