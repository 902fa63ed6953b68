import Fluent
import Foundation
import HallyuCore

/// A drama, film or variety show row.
public final class TitleModel: Model, @unchecked Sendable {
    public static let schema = "titles"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "kind") public var kind: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "native_name") public var nativeName: String?
    @Field(key: "aliases") public var aliases: [String]
    @Field(key: "synopsis") public var synopsis: String
    @OptionalField(key: "first_aired") public var firstAired: String?
    @OptionalField(key: "last_aired") public var lastAired: String?
    @OptionalField(key: "episodes") public var episodes: Int?
    @Field(key: "genres") public var genres: [String]
    @Children(for: \.$title) public var outlets: [TitleOutletModel]

    public init() {}

    public init(from title: Title) {
        slug = title.slug
        update(from: title)
    }

    public func update(from title: Title) {
        kind = title.kind.rawValue
        name = title.name
        nativeName = title.nativeName
        aliases = title.aliases
        synopsis = title.synopsis
        firstAired = title.firstAired?.description
        lastAired = title.lastAired?.description
        episodes = title.episodes
        genres = title.genres
    }

    var titleKind: TitleKind { TitleKind(rawValue: kind) ?? .drama }

    var ref: EntityRef { EntityRef(kind: .title, slug: slug, name: name, nativeName: nativeName) }

    /// Needs `outlets` (with their organizations) eager-loaded.
    public func toCore() throws -> Title {
        let sorted = outlets.sorted { $0.position < $1.position }
        return Title(id: try requireID().uuidString, slug: slug, kind: titleKind, name: name, nativeName: nativeName,
                     aliases: aliases, synopsis: synopsis, firstAired: firstAired.flatMap(CalendarDate.init),
                     lastAired: lastAired.flatMap(CalendarDate.init), episodes: episodes,
                     networks: sorted.filter { $0.role == TitleOutletModel.network }.map { $0.organization.ref },
                     platforms: sorted.filter { $0.role == TitleOutletModel.platform }.map { $0.organization.ref },
                     genres: genres)
    }
}

/// Links a title to a network that aired it or a platform that streams it.
public final class TitleOutletModel: Model, @unchecked Sendable {
    public static let schema = "title_outlets"
    static let network = "network"
    static let platform = "platform"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "title_id") public var title: TitleModel
    @Parent(key: "organization_id") public var organization: OrganizationModel
    @Field(key: "role") public var role: String
    @Field(key: "position") public var position: Int

    public init() {}

    init(titleID: UUID, organizationID: UUID, role: String, position: Int) {
        $title.id = titleID
        $organization.id = organizationID
        self.role = role
        self.position = position
    }
}
