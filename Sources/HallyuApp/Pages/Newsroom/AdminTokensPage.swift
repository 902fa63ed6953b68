import Foundation
import HallyuCore
import HallyuStore

/// `/admin/tokens`.
struct AdminTokensPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var created: String
        var lastUsed: String
    }

    /// A token just made: shown this once.
    struct Created: Encodable, Sendable {
        var name: String
        var token: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var tokens: [Row]
    var created: Created?
    var name: String
    var problem: String?
}
