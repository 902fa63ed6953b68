import Foundation
import HallyuCore

/// `/admin/articles/{id}/revisions/diff`.
struct AdminDiffPage: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var kind: String
        var sign: String
        var text: String
        var oldNumber: String
        var newNumber: String
        var gap: Bool
    }

    var meta: PageMeta
    var frame: AdminFrame
    var title: String
    var from: Int
    var to: Int
    var added: Int
    var removed: Int
    var lines: [Line]
    var revisionsURL: String
    var editURL: String
}
