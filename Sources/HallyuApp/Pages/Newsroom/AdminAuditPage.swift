import Foundation
import HallyuCore
import HallyuStore

/// `/admin/audit`.
struct AdminAuditPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var at: String
        var atISO: String
        var who: String
        var action: String
        var item: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var entries: [Row]
    var pager: Pager
}
