import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Vapor

/// One client connection to the front (`FrontServer`): a cached page is written from here; any
/// other request is handed part by part to Vapor's server over a connection of its own, and
/// its answer handed back part by part, each side waiting while the other cannot take more.
/// NIO's pipelining handler before this one gives it one request at a time, so answers keep
/// the order of their requests.
final class FrontConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// What every connection reads: the cache, the site's clock and where Vapor listens.
    struct Shared: Sendable {
        let cache: PageCache
        let clock: SiteClock
        let socketPath: String
        let secret: String
        let serverName: String?
        let logger: Logger
        let metrics: SiteMetrics
        /// Proxies whose `X-Request-Id` is kept (`HALLYU_TRUSTED_PROXIES`).
        let trustedProxies: [String]
    }

    /// Sent by the server when it stops: close once the exchange under way is answered.
    struct Quiesce {}

    private enum Exchange {
        case idle
        /// Answered from the cache; the request's remaining parts are read and dropped.
        case answered
        /// Handed to Vapor, for a client speaking `version` that wants the connection kept or not.
        case handedOn(HandedOn)
    }

    private struct HandedOn {
        var requestID: String
        var method: HTTPMethod
        var version: HTTPVersion
        var keepAlive: Bool
        /// Vapor's answer has begun.
        var responding = false
        /// Vapor keeps its side of the connection after this answer.
        var upstreamKeepAlive = true
    }

    private let shared: Shared
    private var exchange = Exchange.idle
    /// The client's request has not ended yet (its body may still be coming).
    private var requestOpen = false
    /// The connection closes once what is written is sent; nothing more is read from it.
    private var closing = false
    private var context: ChannelHandlerContext?
    private var upstream: (any Channel)?
    private var connecting = false
    /// Parts read while the connection to Vapor was being made.
    private var waiting: [HTTPClientRequestPart] = []
    private var quiescing = false
    private var dates = HTTPDates()
    /// When the request under way arrived.
    private var started = NIODeadline.now()

    private var elapsed: Duration { .nanoseconds((NIODeadline.now() - started).nanoseconds) }

    init(shared: Shared) {
        self.shared = shared
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        upstream?.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            requestOpen = true
            started = .now()
            let id = RequestID.decide(
                offered: head.headers.first(name: RequestID.header), peer: context.remoteAddress?.ipAddress ?? "unknown",
                trustedProxies: shared.trustedProxies)
            if let (answer, route) = cachedAnswer(head) {
                exchange = .answered
                write(answer, to: head, requestID: id, context: context)
                AnsweredRequest(
                    method: head.method, route: route, status: answer.status.code, duration: elapsed, cache: "HIT", requestID: id
                ).record(metrics: shared.metrics, logger: shared.logger)
            } else {
                exchange = .handedOn(HandedOn(requestID: id, method: head.method, version: head.version, keepAlive: head.isKeepAlive))
                let peer = context.remoteAddress?.ipAddress ?? "unknown"
                handOn(.head(Self.forwarded(head, peer: shared.secret + " " + peer, requestID: id)), context: context)
            }
        case .body(let part):
            // Once Vapor has answered, the rest of the body is not wanted (see `upstreamRead`).
            if case .handedOn = exchange { handOn(.body(.byteBuffer(part)), context: context) }
        case .end:
            requestOpen = false
            switch exchange {
            case .answered: exchange = .idle
            case .handedOn: handOn(.end(nil), context: context)
            case .idle: break
            }
            if quiescing, case .idle = exchange { closeNow(context) }
        }
    }

    /// The request as Vapor gets it: HTTP/1.1 on a connection kept open, framed anew (the
    /// front has decoded the client's framing, and a client's own framing headers handed on as
    /// written could split Vapor's stream differently from the front's), and the client's
    /// address in the header only the front may write, with the request's identifier as the
    /// front decided it.
    static func forwarded(_ head: HTTPRequestHead, peer: String, requestID: String) -> HTTPRequestHead {
        var headers = head.headers
        let chunked = headers.contains(name: .transferEncoding)
        let length = headers.first(name: .contentLength)
        for name in [
            "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            "content-length", FrontServer.peerHeader, RequestID.header,
        ] {
            headers.remove(name: name)
        }
        if chunked {
            headers.add(name: .transferEncoding, value: "chunked")
        } else if let length {
            headers.add(name: .contentLength, value: length)
        }
        headers.add(name: FrontServer.peerHeader, value: peer)
        headers.add(name: RequestID.header, value: requestID)
        return HTTPRequestHead(version: .http1_1, method: head.method, uri: head.uri, headers: headers)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is Quiesce else { return context.fireUserInboundEventTriggered(event) }
        quiescing = true
        if case .idle = exchange, !requestOpen { closeNow(context) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Vapor's answer is read only as fast as the client takes it.
        upstream?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        dropUpstream()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        closeNow(context)
    }

    private func closeNow(_ context: ChannelHandlerContext) {
        closing = true
        context.close(promise: nil)
    }

    private func dropUpstream() {
        // Forgotten before it is closed: closing can report back at once (`upstreamClosed`),
        // and a connection dropped on purpose is no failure to answer with a 502.
        let dropped = upstream
        upstream = nil
        dropped?.close(promise: nil)
    }

    // MARK: Cache hits

    private func cachedAnswer(_ head: HTTPRequestHead) -> (CachedPage.Answer, route: String)? {
        guard head.method == .GET || head.method == .HEAD, shared.cache.isEnabled,
            head.uri.utf8.count <= PageCachePolicy.maxKeyLength, head.uri.utf8.first == UInt8(ascii: "/"),
            !head.headers.contains(name: .cookie), !head.headers.contains(name: .authorization),
            let page = shared.cache.fresh(head.uri, now: shared.clock.now())
        else { return nil }
        return (page.answer(to: head.headers, source: "HIT"), page.route)
    }

    private func write(_ answer: CachedPage.Answer, to request: HTTPRequestHead, requestID: String, context: ChannelHandlerContext) {
        var headers = answer.headers
        SecurityHeadersMiddleware.secure(&headers)
        headers.add(name: RequestID.header, value: requestID)
        // As Vapor's server does: a length for every answer, the date, the server's name, and
        // the connection's fate in words.
        headers.replaceOrAdd(name: .contentLength, value: String(answer.body?.readableBytes ?? 0))
        headers.add(name: .date, value: dates.now())
        if let name = shared.serverName { headers.add(name: .server, value: name) }
        let keepAlive = request.isKeepAlive && !quiescing
        headers.replaceOrAdd(name: .connection, value: keepAlive ? "keep-alive" : "close")
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: answer.status, headers: headers))),
            promise: nil)
        if let body = answer.body, request.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        finishAnswer(keepAlive: keepAlive, context: context)
    }

    private func finishAnswer(keepAlive: Bool, context: ChannelHandlerContext) {
        guard !keepAlive else { return context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil) }
        closing = true
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }

    // MARK: Handing on to Vapor

    private func handOn(_ part: HTTPClientRequestPart, context: ChannelHandlerContext) {
        if let upstream {
            upstream.writeAndFlush(part, promise: nil)
            if !upstream.isWritable { context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in } }
            return
        }
        waiting.append(part)
        guard !connecting else { return }
        connecting = true
        context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in }
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        ClientBootstrap(group: context.eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(FrontUpstream(connection: loopBound))
                }
            }
            .connect(unixDomainSocketPath: shared.socketPath)
            .hop(to: context.eventLoop)
            .whenComplete { result in loopBound.value.connected(result) }
    }

    private func connected(_ result: Result<any Channel, any Error>) {
        connecting = false
        guard let context else {
            if case .success(let channel) = result { channel.close(promise: nil) }
            return
        }
        switch result {
        case .success(let channel):
            upstream = channel
            for part in waiting { channel.write(part, promise: nil) }
            waiting = []
            channel.flush()
            context.channel.setOption(ChannelOptions.autoRead, value: channel.isWritable).whenFailure { _ in }
        case .failure(let error):
            waiting = []
            context.channel.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in }
            failHandOn("Vapor's server could not be reached: \(error)", context: context)
        }
    }

    /// Vapor's answer, part by part.
    func upstreamRead(_ part: HTTPClientResponsePart) {
        guard let context, case .handedOn(var handedOn) = exchange else { return }
        switch part {
        case .head(let response):
            handedOn.responding = true
            handedOn.upstreamKeepAlive = response.isKeepAlive
            var headers = response.headers
            headers.remove(name: .connection)
            headers.remove(name: "keep-alive")
            if handedOn.version.major == 1, handedOn.version.minor == 0, headers.contains(name: .transferEncoding) {
                // HTTP/1.0 has no chunks: the body ends where the connection does.
                headers.remove(name: .transferEncoding)
                handedOn.keepAlive = false
            }
            handedOn.keepAlive = handedOn.keepAlive && !quiescing
            headers.add(name: .connection, value: handedOn.keepAlive ? "keep-alive" : "close")
            exchange = .handedOn(handedOn)
            let head = HTTPResponseHead(version: handedOn.version, status: response.status, headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
        case .body(let buffer):
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            if !context.channel.isWritable { upstream?.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in } }
        case .end:
            exchange = .idle
            // Vapor's side stops here, or would wait for the rest of a body the client is still
            // sending (an answer such as a 413 comes before it): a new connection serves the next.
            if !handedOn.upstreamKeepAlive || requestOpen { dropUpstream() }
            finishAnswer(keepAlive: handedOn.keepAlive && !quiescing, context: context)
        }
    }

    /// Vapor's side can take more of the request's body.
    func upstreamWritabilityChanged(_ writable: Bool) {
        guard !connecting else { return }
        context?.channel.setOption(ChannelOptions.autoRead, value: writable).whenFailure { _ in }
    }

    /// The connection to Vapor closed: between exchanges it is made again for the next one;
    /// during one, the client gets a 502 if nothing was answered yet, else its connection closes.
    func upstreamClosed(_ channel: any Channel) {
        // One closed after its last answer may say so after the next exchange has begun.
        guard let upstream, ObjectIdentifier(upstream) == ObjectIdentifier(channel) else { return }
        self.upstream = nil
        guard let context, case .handedOn(let handedOn) = exchange else { return }
        if handedOn.responding {
            closeNow(context)
        } else {
            failHandOn("Vapor's server closed the connection before answering", context: context)
        }
    }

    private func failHandOn(_ reason: String, context: ChannelHandlerContext) {
        guard case .handedOn(let handedOn) = exchange else { return }
        // A client that has gone is answered nothing, and its leaving is not the server's failure.
        guard context.channel.isActive, !closing else {
            exchange = .idle
            return
        }
        var logger = shared.logger
        logger[metadataKey: "request_id"] = .string(handedOn.requestID)
        logger.error("Answered 502: \(reason).")
        AnsweredRequest(
            method: handedOn.method, route: AnsweredRequest.unrouted(status: 502), status: 502, duration: elapsed,
            requestID: handedOn.requestID
        ).record(metrics: shared.metrics, logger: shared.logger)
        exchange = .idle
        var headers = HTTPHeaders()
        headers.add(name: RequestID.header, value: handedOn.requestID)
        headers.add(name: .contentType, value: "text/plain; charset=utf-8")
        let body = context.channel.allocator.buffer(string: "The server could not answer this request. Please try again.\n")
        headers.add(name: .contentLength, value: String(body.readableBytes))
        headers.add(name: .date, value: dates.now())
        headers.add(name: .connection, value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .badGateway, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        finishAnswer(keepAlive: false, context: context)
    }
}

/// The `Date` header's text, made again only when the second changes.
private struct HTTPDates {
    private var second = 0
    private var text = ""

    mutating func now() -> String {
        let now = time(nil)
        if now != second {
            second = now
            text = ConditionalGet.httpDateString(Date(timeIntervalSince1970: TimeInterval(now)))
        }
        return text
    }
}
