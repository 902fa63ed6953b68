import Foundation

/// IP addresses and CIDR ranges, as `HALLYU_TRUSTED_PROXIES` lists them.
enum AddressRange {
    /// True for `127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        let address = String(parts[0])
        let bits: Int
        if isIPv4(address) { bits = 32 } else if isIPv6(address) { bits = 128 } else { return false }
        if parts.count == 2 {
            guard let prefix = Int(parts[1]), (0...bits).contains(prefix) else { return false }
        }
        return true
    }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}
