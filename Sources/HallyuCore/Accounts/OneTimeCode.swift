import Foundation

/// Time-based one-time codes (RFC 6238 over RFC 4226): six digits from an HMAC-SHA-1 of the
/// number of 30-second steps since 1970, the kind every authenticator app makes. Core has no
/// cryptography, so the caller hands in the HMAC.
public struct OneTimeCode: Sendable {
    public typealias MAC = @Sendable (_ key: [UInt8], _ message: [UInt8]) -> [UInt8]

    public static let digits = 6
    public static let period: TimeInterval = 30
    /// Codes of one step either side of now are taken too: a phone's clock runs a little off,
    /// and a code typed as it turned over is still the one the person saw.
    public static let drift: Int64 = 1
    /// 160 bits, the length RFC 4226 recommends for HMAC-SHA-1.
    public static let secretLength = 20

    let secret: [UInt8]
    let mac: MAC

    public init(secret: [UInt8], mac: @escaping MAC) {
        self.secret = secret
        self.mac = mac
    }

    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The code of one time step (RFC 4226's dynamic truncation), with leading zeros.
    public func code(step: Int64, digits: Int = Self.digits) -> String {
        let counter = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: step) >> (56 - 8 * $0)) }
        let hash = mac(secret, counter)
        let offset = Int(hash[hash.count - 1] & 0x0F)
        let number =
            (UInt32(hash[offset] & 0x7F) << 24) | (UInt32(hash[offset + 1]) << 16) | (UInt32(hash[offset + 2]) << 8)
            | UInt32(hash[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(number % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// The step a typed code belongs to, when it is the code of a step around `now` later than
    /// `used` — a code is good once, so a code seen over a shoulder or sent twice does nothing
    /// the second time. Spaces are allowed, as apps show codes in two halves.
    public func step(matching typed: String, now: Date, after used: Int64?) -> Int64? {
        let digits = typed.filter { !$0.isWhitespace }
        guard digits.count == Self.digits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let current = Self.step(at: now)
        var found: Int64?
        // Every candidate is compared, whatever matched, so the time taken says nothing.
        for step in (current - Self.drift)...(current + Self.drift) where step > (used ?? Int64.min) {
            if Self.same(code(step: step), digits) && found == nil { found = step }
        }
        return found
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The address an authenticator app reads from the QR code: the account shown under the
    /// issuer's name.
    public static func provisioningURI(secret: [UInt8], account: String, issuer: String) -> String {
        let label = percentEncoded(issuer) + ":" + percentEncoded(account)
        return "otpauth://totp/\(label)?secret=\(Base32.encode(secret))&issuer=\(percentEncoded(issuer))"
            + "&algorithm=SHA1&digits=\(digits)&period=\(Int(period))"
    }

    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
