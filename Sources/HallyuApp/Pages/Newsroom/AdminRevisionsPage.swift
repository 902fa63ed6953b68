import Foundation
import HallyuCore

/// `/admin/articles/{id}/revisions`.
struct AdminRevisionsPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var number: Int
        var savedAt: String
        var savedBy: String
        var note: String
        var isCurrent: Bool
        var compareURL: String?
    }

    var meta: PageMeta
    var frame: AdminFrame
    var title: String
    var editURL: String
    var restoreBase: String
    var current: Int
    var rows: [Row]
    var canRestore: Bool
}
