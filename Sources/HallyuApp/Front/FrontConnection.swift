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
    }

    /// Sent by the server when it stops: close once the exchange under way is answered.
    struct Quiesce {}

    private enum Exchange {
        case idle
        /// Answered from the cache; the request's remaining parts are read and dropped.
        case answered
        /// Handed to Vapor; `responding` once its answer has begun.
        case handedOn(keepAlive: Bool, responding: Bool)
    }

    private let shared: Shared
    private var exchange = Exchange.idle
    private var context: ChannelHandlerContext?
    private var upstream: (any Channel)?
    private var connecting = false
    /// Parts read while the connection to Vapor was being made.
    private var waiting: [HTTPClientRequestPart] = []
    private var quiescing = false
    private var dates = HTTPDates()

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
        switch unwrapInboundIn(data) {
        case .head(let head):
            if let answer = cachedAnswer(head) {
                exchange = .answered
                write(answer, to: head, context: context)
            } else {
                exchange = .handedOn(keepAlive: head.isKeepAlive, responding: false)
                var head = head
                head.headers.remove(name: FrontServer.peerHeader)
                head.headers.add(name: FrontServer.peerHeader, value: shared.secret + " " + (context.remoteAddress?.ipAddress ?? "unknown"))
                handOn(.head(head), context: context)
            }
        case .body(let part):
            if case .handedOn = exchange { handOn(.body(.byteBuffer(part)), context: context) }
        case .end(let trailers):
            switch exchange {
            case .answered:
                exchange = .idle
                if quiescing { context.close(promise: nil) }
            case .handedOn: handOn(.end(trailers), context: context)
            case .idle: break
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is Quiesce else { return context.fireUserInboundEventTriggered(event) }
        quiescing = true
        if case .idle = exchange { context.close(promise: nil) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Vapor's answer is read only as fast as the client takes it.
        upstream?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        upstream?.close(promise: nil)
        upstream = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    // MARK: Cache hits

    private func cachedAnswer(_ head: HTTPRequestHead) -> CachedPage.Answer? {
        guard head.method == .GET || head.method == .HEAD, shared.cache.isEnabled,
              head.uri.utf8.count <= PageCachePolicy.maxKeyLength, head.uri.utf8.first == UInt8(ascii: "/"),
              !head.headers.contains(name: .cookie), !head.headers.contains(name: .authorization),
              let page = shared.cache.fresh(head.uri, now: shared.clock.now())
        else { return nil }
        return page.answer(to: head.headers, source: "HIT")
    }

    private func write(_ answer: CachedPage.Answer, to request: HTTPRequestHead, context: ChannelHandlerContext) {
        var headers = answer.headers
        SecurityHeadersMiddleware.secure(&headers)
        // As Vapor's server does: a length for every answer, the date, the server's name, and
        // the connection's fate in words.
        headers.replaceOrAdd(name: .contentLength, value: String(answer.body?.readableBytes ?? 0))
        headers.add(name: .date, value: dates.now())
        if let name = shared.serverName { headers.add(name: .server, value: name) }
        let keepAlive = request.isKeepAlive && !quiescing
        headers.replaceOrAdd(name: .connection, value: keepAlive ? "keep-alive" : "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: answer.status, headers: headers))),
                      promise: nil)
        if let body = answer.body, request.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        finishAnswer(keepAlive: keepAlive, context: context)
    }

    private func finishAnswer(keepAlive: Bool, context: ChannelHandlerContext) {
        if keepAlive && !quiescing {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
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
        guard let context, case .handedOn(let keepAlive, _) = exchange else { return }
        switch part {
        case .head(let head):
            exchange = .handedOn(keepAlive: keepAlive && head.isKeepAlive, responding: true)
            var head = head
            if !keepAlive { head.headers.replaceOrAdd(name: .connection, value: "close") }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: head.status, headers: head.headers))),
                          promise: nil)
        case .body(let buffer):
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            if !context.channel.isWritable { upstream?.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in } }
        case .end(let trailers):
            guard case .handedOn(let keepAlive, _) = exchange else { return }
            exchange = .idle
            if !keepAlive {
                // Vapor closes its side after such an answer.
                upstream?.close(promise: nil)
                upstream = nil
            }
            if keepAlive && !quiescing {
                context.writeAndFlush(wrapOutboundOut(.end(trailers)), promise: nil)
            } else {
                let channel = context.channel
                context.writeAndFlush(wrapOutboundOut(.end(trailers))).whenComplete { _ in channel.close(promise: nil) }
            }
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
        guard let context, case .handedOn(_, let responding) = exchange else { return }
        if responding {
            context.close(promise: nil)
        } else {
            failHandOn("Vapor's server closed the connection before answering", context: context)
        }
    }

    private func failHandOn(_ reason: String, context: ChannelHandlerContext) {
        exchange = .idle
        var headers = HTTPHeaders()
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
