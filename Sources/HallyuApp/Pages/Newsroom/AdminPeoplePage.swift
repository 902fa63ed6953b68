import Foundation
import HallyuCore

/// `/admin/kb/people`.
struct AdminPeoplePage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var nativeName: String?
        var publicURL: String
        var editURL: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var query: String
    /// Pairs of people the imports left for an editor to merge or keep apart.
    var duplicates: Int
    var people: [Row]
    var pager: Pager
}
