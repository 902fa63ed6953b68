/// `/admin/account/two-factor`.
struct AdminTwoFactorPage: Encodable, Sendable {
    /// A new secret waiting for its first code.
    struct Pending: Encodable, Sendable {
        /// In groups of four letters, for typing into an app by hand.
        var secret: String
        /// An `<svg>` drawn here: the secret never leaves the site to be turned into a picture.
        var qrCode: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var isOn: Bool
    /// The site requires it for this account's role.
    var required: Bool
    var recoveryCodesLeft: Int
    var pending: Pending?
    /// New recovery codes, shown this once.
    var recoveryCodes: [String]
    var notice: String?
    var problem: String?
}
