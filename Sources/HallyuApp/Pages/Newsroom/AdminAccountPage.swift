import HallyuCore

/// `/admin/account`: who one is signed in as, and the form that changes one's password.
struct AdminAccountPage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    var name: String
    var email: String
    var role: String
    /// Why the last change was refused, or nil.
    var problem: String?
    /// Set once the password has been changed.
    var changed: Bool
    var minimumCharacters = PasswordRules.minimumCharacters
}
