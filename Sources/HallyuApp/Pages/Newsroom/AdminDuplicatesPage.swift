import Foundation
import HallyuCore
import HallyuStore

/// `/admin/kb/duplicates`.
struct AdminDuplicatesPage: Encodable, Sendable {
    struct Side: Encodable, Sendable {
        var name: String
        var slug: String
        var nativeName: String?
        var born: String?
        var groups: String?
        var titles: String?
        var editURL: String
        /// Where the other side's merge form posts to keep this one.
        var mergeOtherAction: String

        init(_ side: MergeCandidates.Side, other: Person) {
            name = side.person.name
            slug = side.person.slug
            nativeName = side.person.nativeName
            born = side.person.birthDate?.description
            groups = side.groups.isEmpty ? nil : side.groups.joined(separator: ", ")
            titles = side.titles.isEmpty ? nil : side.titles.joined(separator: ", ")
            editURL = NewsroomPaths.person(side.person.slug)
            mergeOtherAction = NewsroomPaths.merge(person: other.slug)
        }
    }

    struct Pair: Encodable, Sendable {
        /// The person who was there first, then the newcomer.
        var sides: [Side]
        var reason: String
        var dismissAction: String

        init(_ pair: MergeCandidates.Pair) {
            sides = [Side(pair.first, other: pair.second.person), Side(pair.second, other: pair.first.person)]
            reason = pair.reason
            dismissAction = NewsroomPaths.dismissDuplicate(pair.id.uuidString)
        }
    }

    var meta: PageMeta
    var frame: AdminFrame
    var notice: String?
    /// Every pair waiting, on all pages.
    var total: Int
    var pairs: [Pair]
    var pager: Pager
}
