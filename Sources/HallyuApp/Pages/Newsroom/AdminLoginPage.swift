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
    /// Said after a password was reset by link.
    var notice: String?
}

/// `/admin/login/code`: the one-time code after the password.
struct AdminSignInCodePage: Encodable, Sendable {
    var meta: PageMeta
    var next: String
    var csrf: String
    var problem: String?
}

/// `/admin/reset/:token`: a new password through a one-time link.
struct AdminPasswordResetPage: Encodable, Sendable {
    var meta: PageMeta
    var name: String
    var email: String
    var csrf: String
    var problem: String?
    var minimumCharacters = PasswordRules.minimumCharacters
}
