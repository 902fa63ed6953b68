import Foundation
import HallyuCore
import HallyuStore

/// `/admin/users`.
struct AdminUsersPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var email: String
        var role: String
        var since: String
        var canSignIn: Bool
        var isYou: Bool
        var disabled: Bool
        var twoFactor: Bool
    }

    /// What was typed into the add form, kept when it is sent back (never the password).
    struct Typed: Encodable, Sendable {
        var name = ""
        var email = ""
        var role = "writer"
    }

    var meta: PageMeta
    var frame: AdminFrame
    var users: [Row]
    var roles: [String]
    var typed: Typed
    var notice: String?
    var problem: String?
    /// A password reset link just made, shown this once.
    var resetLink: String?
    var twoFactorRequired: Bool
}
