import Crypto
import Foundation
import HallyuCore
import Vapor

/// The site's signing key, made from `HALLYU_SECRET` or the secret generated on first start
/// and kept in the database (see `Application.migrateOrExplain`), so every instance on the same
/// database signs alike and a restart signs no one out.
struct SiteSecret: Sendable {
    let key: SymmetricKey

    init(_ text: String) {
        key = SymmetricKey(data: SHA256.hash(data: Data(text.utf8)))
    }

    /// A keyed hash of `text`, URL-safe: CSRF tokens.
    func sign(_ text: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)).base64URLEncoded
    }

    /// A keyed hash of a client address, so addresses are never stored as they are. An IPv6
    /// address counts by its /64 network (`AddressRange.client`), so the limits that count by
    /// this hash hold for a client that can pick any address of its network.
    func hash(address: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(("address:" + AddressRange.client(address)).utf8), using: key).hex
    }
}

/// A random token for a cookie or an API client, and the hash the database keeps of it.
enum SecretToken {
    static func make() -> String {
        Data([UInt8].random(count: 32)).base64URLEncoded
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hex
    }

    /// Compares two secrets in constant time (Vapor's `secureCompare`), so the time taken says
    /// nothing about how much of a guess was right.
    static func equal(_ a: String, _ b: String) -> Bool {
        Array(a.utf8).secureCompare(to: Array(b.utf8))
    }
}

extension Data {
    var base64URLEncoded: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Request {
    func siteSecret() throws -> SiteSecret {
        guard let secret = application.siteSecret else { throw Abort(.internalServerError, reason: "the site secret is not loaded") }
        return secret
    }
}
