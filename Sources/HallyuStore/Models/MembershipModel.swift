import Fluent
import Foundation
import HallyuCore

/// A person's membership of a group (an organization of kind `group`).
final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Parent(key: "group_id") var group: OrganizationModel
    @Field(key: "current") var current: Bool
    @OptionalField(key: "since") var since: String?
    @OptionalField(key: "until") var until: String?

    init() {}

    init(personID: UUID, groupID: UUID, current: Bool, since: CalendarDate?, until: CalendarDate?) {
        $person.id = personID
        $group.id = groupID
        self.current = current
        self.since = since?.description
        self.until = until?.description
    }

    /// Needs `person` and `group` eager-loaded.
    func toCore() -> Membership {
        Membership(
            person: person.ref, group: group.ref, current: current,
            since: since.flatMap(CalendarDate.init), until: until.flatMap(CalendarDate.init))
    }
}
