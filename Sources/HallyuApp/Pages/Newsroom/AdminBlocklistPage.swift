import Foundation
import HallyuCore
import HallyuStore

/// `/admin/blocklist`.
struct AdminBlocklistPage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    var entries: String
    var problem: String?
    var notice: String?
}
