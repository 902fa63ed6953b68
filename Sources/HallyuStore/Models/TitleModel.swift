import Fluent
import Foundation
import HallyuCore

/// A drama, film or variety show row.
final class TitleModel: Model, @unchecked Sendable {
    static let schema = "titles"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @OptionalField(key: "native_name") var nativeName: String?
    @Field(key: "aliases") var aliases: [String]
    @Field(key: "synopsis") var synopsis: String
    @OptionalField(key: "first_aired") var firstAired: String?
    @OptionalField(key: "last_aired") var lastAired: String?
    @OptionalField(key: "episodes") var episodes: Int?
    @Field(key: "genres") var genres: [String]
    @Children(for: \.$title) var outlets: [TitleOutletModel]

    init() {}

    init(from title: Title) {
        slug = title.slug
        update(from: title)
    }

    func update(from title: Title) {
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
    func toCore() throws -> Title {
        let sorted = outlets.sorted { $0.position < $1.position }
        return Title(
            id: try requireID().uuidString, slug: slug, kind: titleKind, name: name, nativeName: nativeName,
            aliases: aliases, synopsis: synopsis, firstAired: firstAired.flatMap(CalendarDate.init),
            lastAired: lastAired.flatMap(CalendarDate.init), episodes: episodes,
            networks: sorted.filter { $0.role == TitleOutletModel.network }.map { $0.organization.ref },
            platforms: sorted.filter { $0.role == TitleOutletModel.platform }.map { $0.organization.ref },
            genres: genres)
    }
}

/// Links a title to a network that aired it or a platform that streams it.
final class TitleOutletModel: Model, @unchecked Sendable {
    static let schema = "title_outlets"
    static let network = "network"
    static let platform = "platform"

    @ID(key: .id) var id: UUID?
    @Parent(key: "title_id") var title: TitleModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "role") var role: String
    @Field(key: "position") var position: Int

    init() {}

    init(titleID: UUID, organizationID: UUID, role: String, position: Int) {
        $title.id = titleID
        $organization.id = organizationID
        self.role = role
        self.position = position
    }
}
