import HallyuCore
import Vapor

extension Request {
    /// The address the request came from: the socket's peer, unless that peer is a proxy listed
    /// in `HALLYU_TRUSTED_PROXIES`; then the `X-Forwarded-For` entry just before the trusted
    /// proxies (read from the right, since a client can write anything on the left).
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let proxies = application.config.trustedProxies
        guard !proxies.isEmpty, AddressRange.contains(proxies, peer) else { return peer }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for address in forwarded.reversed() where !AddressRange.contains(proxies, address) {
            return AddressRange.isValid(address) ? address : peer
        }
        return forwarded.first ?? peer
    }
}
