/// Where a pair stands in the public record.
public enum RelationshipStatus: String, Codable, Sendable, CaseIterable {
    case onScreen = "on-screen"
    case rumoured, denied, confirmed, ended

    /// Words for readers.
    public var label: String {
        switch self {
        case .onScreen: "On-screen couple"
        case .rumoured: "Dating rumours"
        case .denied: "Denied"
        case .confirmed: "Confirmed"
        case .ended: "Ended"
        }
    }
}

/// One dated, sourced step in a couple's story.
public struct StatusEntry: Sendable, Hashable, Codable {
    public var status: RelationshipStatus
    public var date: CalendarDate
    public var statement: String
    /// The newsroom's own article that reports it.
    public var sourceArticle: EntityRef?
    /// An outside source, when there is one.
    public var sourceURL: String?

    public init(
        status: RelationshipStatus, date: CalendarDate, statement: String,
        sourceArticle: EntityRef? = nil, sourceURL: String? = nil
    ) {
        self.status = status
        self.date = date
        self.statement = statement
        self.sourceArticle = sourceArticle
        self.sourceURL = sourceURL
    }
}

/// Two people the public pairs together, on screen or off.
public struct Couple: Sendable, Hashable, Codable {
    public var id: String
    public var slug: String
    public var first: EntityRef
    public var second: EntityRef
    public var note: String
    /// Oldest first.
    public var timeline: [StatusEntry]

    public init(id: String, slug: String, first: EntityRef, second: EntityRef, note: String = "", timeline: [StatusEntry] = []) {
        self.id = id
        self.slug = slug
        self.first = first
        self.second = second
        self.note = note
        self.timeline = timeline
    }

    /// "Han So-hee & Song Kang".
    public var name: String { "\(first.name) & \(second.name)" }

    public var ref: EntityRef { EntityRef(kind: .couple, slug: slug, name: name) }

    /// The latest status, which is what a reader asks about first.
    public var currentStatus: RelationshipStatus? { timeline.max { $0.date < $1.date }?.status }

    /// The contract's couple slug: both people's slugs in alphabetical order joined by `-and-`,
    /// fitted to the slug limit when the two are long.
    public static func slug(joining a: String, _ b: String) -> String {
        Slug.fitted(a <= b ? "\(a)-and-\(b)" : "\(b)-and-\(a)")
    }
}
