import NIOCore
import NIOHTTP1

/// The front's connection to Vapor's server, on the client connection's event loop: passes
/// each part of Vapor's answer back to the `FrontConnection` that asked.
final class FrontUpstream: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let connection: NIOLoopBound<FrontConnection>

    init(connection: NIOLoopBound<FrontConnection>) {
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        connection.value.upstreamRead(unwrapInboundIn(data))
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        connection.value.upstreamWritabilityChanged(context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.value.upstreamClosed(context.channel)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
