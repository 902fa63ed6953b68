import Foundation

/// IP addresses and CIDR ranges, as `HALLYU_TRUSTED_PROXIES` lists them.
public enum AddressRange {
    /// True for `127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`.
    public static func isValid(_ text: String) -> Bool {
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

    public static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    public static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }

    /// True when `address` falls in any of `ranges` (each an address or a CIDR range). An
    /// IPv4 address written as IPv6 (`::ffff:10.0.0.1`) counts as the IPv4 one.
    public static func contains(_ ranges: [String], _ address: String) -> Bool {
        guard let bytes = self.bytes(address) else { return false }
        return ranges.contains { range in
            let parts = range.split(separator: "/", omittingEmptySubsequences: false)
            guard let network = self.bytes(String(parts[0])), network.count == bytes.count else { return false }
            let prefix = parts.count == 2 ? Int(parts[1]) ?? -1 : network.count * 8
            guard (0...(network.count * 8)).contains(prefix) else { return false }
            for bit in 0..<prefix where (network[bit / 8] ^ bytes[bit / 8]) & (0x80 >> UInt8(bit % 8)) != 0 {
                return false
            }
            return true
        }
    }

    /// The part of an address that names one client, for counting what it sends: an IPv4
    /// address as it is, an IPv6 address's /64 network (a home line or a server is given a whole
    /// /64, and could otherwise take a fresh address for every request). An IPv4 address written
    /// as IPv6 is the IPv4 one; anything unreadable is kept as it is.
    public static func client(_ address: String) -> String {
        guard let bytes = bytes(address) else { return address }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }

    /// The address's bytes: 4 for IPv4 (also when mapped into IPv6), 16 for IPv6.
    private static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]
        return Array(bytes.prefix(12)) == mapped ? Array(bytes.suffix(4)) : bytes
    }
}
