import HallyuCore
import NIOConcurrencyHelpers

/// The identifier every response carries in `X-Request-Id` and every log line of its request
/// names, so an operator can follow one request from the load balancer through the logs.
///
/// One offered by a trusted proxy (`HALLYU_TRUSTED_PROXIES`) is kept when it is well formed, so
/// the proxy's own logs and ours agree; any other is replaced, since a client could otherwise
/// write ten kilobytes or a forged line into the logs.
enum RequestID {
    static let header = "X-Request-Id"

    /// Up to 128 characters a proxy's identifier uses (nginx's hex, UUIDs, AWS's
    /// `Root=1-…`, base64): nothing that could break a log line or a header.
    static let maximumLength = 128

    static func isWellFormed(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "="),
                UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "@"):
                true
            default: false
            }
        }
    }

    /// The offered identifier when the peer is a trusted proxy and it is well formed, else a new one.
    static func decide(offered: String?, peer: @autoclosure () -> String, trustedProxies: [String]) -> String {
        if let offered, !trustedProxies.isEmpty, isWellFormed(offered), AddressRange.contains(trustedProxies, peer()) {
            return offered
        }
        return make()
    }

    /// A new identifier: this process's random prefix and a counter. Unique across instances
    /// and restarts without reading the system's random source for every request, which a
    /// cached page cannot afford.
    static func make() -> String {
        let number = counter.withLockedValue { value -> UInt64 in
            value &+= 1
            return value
        }
        return prefix + String(number, radix: 16)
    }

    private static let prefix: String = {
        var generator = SystemRandomNumberGenerator()
        let high = String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 12 - high.count) + high + "-"
    }()

    private static let counter = NIOLockedValueBox<UInt64>(0)
}
