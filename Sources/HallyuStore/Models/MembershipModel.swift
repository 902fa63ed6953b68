import Fluent
import Foundation
import HallyuCore

/// A person's membership of a group (an organization of kind `group`).
public final class MembershipModel: Model, @unchecked Sendable {
    public static let schema = "memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: PersonModel
    @Parent(key: "group_id") public var group: OrganizationModel
    @Field(key: "current") public var current: Bool
    @OptionalField(key: "since") public var since: String?
    @OptionalField(key: "until") public var until: String?

    public init() {}

    public init(personID: UUID, groupID: UUID, current: Bool, since: CalendarDate?, until: CalendarDate?) {
        $person.id = personID
        $group.id = groupID
        self.current = current
        self.since = since?.description
        self.until = until?.description
    }

    /// Needs `person` and `group` eager-loaded.
    func toCore() -> Membership {
        Membership(person: person.ref, group: group.ref, current: current,
                   since: since.flatMap(CalendarDate.init), until: until.flatMap(CalendarDate.init))
    }
}
