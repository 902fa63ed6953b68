import HallyuCore
import Vapor

extension Request {
    /// The address the request came from: the socket's peer, unless that peer is a proxy listed
    /// in `HALLYU_TRUSTED_PROXIES`; then the `X-Forwarded-For` entry just before the trusted
    /// proxies (read from the right, since a client can write anything on the left).
    var clientAddress: String {
        let peer = peerAddress
        let proxies = application.config.trustedProxies
        guard !proxies.isEmpty, AddressRange.contains(proxies, peer) else { return peer }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for address in forwarded.reversed() where !AddressRange.contains(proxies, address) {
            return AddressRange.isValid(address) ? address : peer
        }
        return forwarded.first ?? peer
    }

    /// The socket's peer. A request the front (`FrontServer`) handed on comes from its private
    /// socket, with the peer of the client's own connection in a header carrying this
    /// process's secret; anyone else's header of that name is not believed.
    var peerAddress: String {
        frontPeer ?? remoteAddress?.ipAddress ?? "unknown"
    }

    /// The client's peer as the front gave it, when the request came from the front.
    var frontPeer: String? {
        guard case .unixDomainSocket = remoteAddress, let secret = application.storage[FrontSecretKey.self],
            let value = headers.first(name: FrontServer.peerHeader)
        else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        return parts.count == 2 && parts[0] == secret ? String(parts[1]) : nil
    }
}
