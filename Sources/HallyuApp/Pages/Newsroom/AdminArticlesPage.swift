import Foundation
import HallyuCore

/// `/admin/articles`.
struct AdminArticlesPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var editURL: String
        var title: String
        var status: String
        var authors: String
        var when: String
    }

    struct Filter: Encodable, Sendable {
        var label: String
        var url: String
        var current: Bool
    }

    var meta: PageMeta
    var frame: AdminFrame
    var filters: [Filter]
    var rows: [Row]
    var pager: Pager
    var onlyYours: Bool
    /// The draft generator's one-click choices: `couples/{slug}` and the couple's name.
    var draftSources: [Filter]
}
