import HallyuCore

/// `/admin/account`: who one is signed in as, the form that changes one's password, two-factor
/// sign-in's state and the browsers signed in as one.
struct AdminAccountPage: Encodable, Sendable {
    struct Session: Encodable, Sendable {
        var id: String
        var device: String
        var since: String
        var lastSeen: String
        var isCurrent: Bool
    }

    var meta: PageMeta
    var frame: AdminFrame
    var name: String
    var email: String
    var role: String
    /// Why the last change was refused, or nil.
    var problem: String?
    /// What the last change did, or nil.
    var notice: String?
    var twoFactorOn: Bool
    var recoveryCodesLeft: Int
    var sessions: [Session]
    var minimumCharacters = PasswordRules.minimumCharacters
}
