import Crypto
import HallyuCore
import HallyuStore
import Vapor

/// Two-factor sign-in's cryptography, which Core leaves to its callers: HMAC-SHA-1 for the
/// one-time codes (what authenticator apps compute), random secrets and recovery codes, and
/// the hashes recovery codes are kept as.
enum TwoFactorCodes {
    static func oneTimeCode(secret: String) -> OneTimeCode? {
        guard let bytes = Base32.decode(secret), !bytes.isEmpty else { return nil }
        return OneTimeCode(secret: bytes) { key, message in
            Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: key)))
        }
    }

    static func newSecret() -> String {
        Base32.encode([UInt8].random(count: OneTimeCode.secretLength))
    }

    static func newRecoveryCodes() -> [String] {
        (0..<RecoveryCode.count).map { _ in RecoveryCode.make(from: [UInt8].random(count: RecoveryCode.byteLength)) }
    }

    /// Recovery codes carry 80 random bits, so a plain SHA-256 is as good as a slow hash here.
    static func hash(recoveryCode: String) -> String {
        SecretToken.hash("recovery:" + recoveryCode)
    }

    /// The name authenticator apps show above the account: the site's host.
    static func issuer(_ app: Application) -> String {
        app.config.publicURL.host ?? "Hallyu"
    }
}

extension Request {
    /// Whether the site requires `user` to sign in with a one-time code.
    func twoFactorRequired(for user: User) async throws -> Bool {
        guard user.role == .editor || user.role == .admin else { return false }
        return try await settings.value(Settings.twoFactorRequirement) == Settings.editorsAndAdmins
    }
}
