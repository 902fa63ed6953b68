import Foundation
import HallyuCore
import HallyuStore

/// `/admin/login`.
struct AdminLoginPage: Encodable, Sendable {
    var meta: PageMeta
    var email: String
    var next: String
    var csrf: String
    var problem: String?
}
