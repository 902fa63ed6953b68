import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import Vapor

/// The server `serve` runs while the page cache is on: a small HTTP/1.1 listener on the public
/// address that answers cached pages itself, and hands every other request, as it came, to
/// Vapor's own server on a Unix socket in a private folder.
///
/// Why: a cache hit through Vapor builds a `Request` (a UUID read from `/dev/urandom`, a logger
/// with metadata), finds the route, passes five middlewares and encodes a `Response`; that was
/// two thirds of the processor time of a cached page, which answered at a quarter of nginx's
/// rate. Vapor's pipeline takes no handler of ours, and a `Response` streams its body (files,
/// media) only through Vapor's own encoder, so misses go to Vapor whole rather than through a
/// copy of it. A miss pays one local hop, small beside building a page.
///
/// The front answers only what `PageCacheMiddleware` would answer the same way: a GET or HEAD
/// without cookies or credentials whose target is a key stored as it is (a query string in its
/// canonical order). Everything else, including the same page with `?utm_source=…`, goes on to
/// Vapor, where the middleware canonicalises it and answers from the same cache.
final class FrontServer: Server, Sendable {
    /// The header the front adds to what it hands on, naming the client's address; a client's
    /// own header of that name is removed first. Vapor's side believes it only with this
    /// process's secret in it (`Request.peerAddress`).
    static let peerHeader = "X-Hallyu-Peer"

    let secret: String
    private let application: Application
    private let folder: String
    private let inner: HTTPServer
    private let state = NIOLockedValueBox(State())
    private let stopped: EventLoopPromise<Void>

    private struct State {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var stopping = false
    }

    init(application: Application) throws {
        self.application = application
        folder = try Self.privateFolder()
        secret = [UInt8].random(count: 24).hex
        var configuration = application.http.server.configuration
        configuration.address = .unixDomainSocket(path: (folder as NSString).appendingPathComponent("vapor.sock"))
        // Plain HTTP/1.1 between the two, on connections the front closes when it is done.
        configuration.tlsConfiguration = nil
        configuration.supportVersions = [.one]
        configuration.idleTimeout = nil
        // Its "started on" names the private socket; the front says where the site is.
        var quiet = application.logger
        quiet.logLevel = max(quiet.logLevel, .warning)
        configuration.logger = quiet
        inner = HTTPServer(
            application: application, responder: application.responder.current,
            configuration: configuration, on: application.eventLoopGroup)
        stopped = application.eventLoopGroup.any().makePromise(of: Void.self)
    }

    var onShutdown: EventLoopFuture<Void> { stopped.futureResult }

    /// Where the front listens, once started.
    var localAddress: SocketAddress? { state.withLockedValue { $0.listener?.localAddress } }

    func start(address: BindAddress?) async throws {
        let configuration = application.http.server.configuration
        // Before either server takes a connection, so Vapor believes the first request handed on.
        application.storage[FrontSecretKey.self] = secret
        do {
            try await inner.start(address: nil)
        } catch {
            await shutdown()
            throw error
        }
        // Vapor's server records its own (the private socket) as the application's; the
        // application's stays the public one.
        application.http.server.configuration = configuration
        let context = FrontConnection.Shared(
            cache: application.pageCache, clock: application.clock, socketPath: innerSocketPath, secret: secret,
            serverName: configuration.serverName, logger: application.logger, metrics: application.metrics,
            trustedProxies: application.config.trustedProxies)
        let bootstrap = ServerBootstrap(group: application.eventLoopGroup)
            .serverChannelOption(.backlog, value: Int32(configuration.backlog))
            .serverChannelOption(.socketOption(.so_reuseaddr), value: configuration.reuseAddress ? 1 : 0)
            .childChannelOption(.socketOption(.tcp_nodelay), value: configuration.tcpNoDelay ? 1 : 0)
            .childChannelOption(.allowRemoteHalfClosure, value: false)
            .childChannelInitializer { [weak self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(FrontConnection(shared: context))
                    self?.track(channel)
                }
            }
        let listener: any Channel
        do {
            switch address ?? configuration.address {
            case .hostname(let hostname, let port):
                listener = try await bootstrap.bind(host: hostname ?? configuration.hostname, port: port ?? configuration.port).get()
            case .unixDomainSocket(let path):
                listener = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
            }
        } catch {
            await shutdown()
            throw error
        }
        let stopping = state.withLockedValue { state in
            state.listener = listener
            return state.stopping
        }
        // Stopped while binding: the listener stops too.
        if stopping { try? await listener.close() }
        let shown =
            switch listener.localAddress {
            case .some(.unixDomainSocket): "http+unix: " + (listener.localAddress?.pathname ?? "")
            case .some(let address): "http://\(address.ipAddress ?? "?"):\(address.port ?? 0)"
            case .none: "?"
            }
        application.logger.notice("Server started on \(shown)")
    }

    /// Stops taking connections, lets each open one finish the exchange under way (up to the
    /// configured shutdown timeout), then stops Vapor's server and removes the private folder.
    func shutdown() async {
        let (listener, first) = state.withLockedValue { state in
            defer { state.stopping = true }
            return (state.listener, !state.stopping)
        }
        guard first else {
            try? await stopped.futureResult.get()
            return
        }
        try? await listener?.close()
        for channel in state.withLockedValue({ Array($0.connections.values) }) {
            channel.pipeline.fireUserInboundEventTriggered(FrontConnection.Quiesce())
        }
        let clock = ContinuousClock()
        let timeout = application.http.server.configuration.shutdownTimeout.nanoseconds
        let deadline = clock.now.advanced(by: .nanoseconds(timeout))
        while state.withLockedValue({ !$0.connections.isEmpty }), clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        for channel in state.withLockedValue({ Array($0.connections.values) }) {
            try? await channel.close()
        }
        await inner.shutdown()
        try? FileManager.default.removeItem(atPath: folder)
        stopped.succeed()
    }

    func start(address: BindAddress?) throws {
        try application.eventLoopGroup.any().makeFutureWithTask { try await self.start(address: address) }.wait()
    }

    func shutdown() {
        try? application.eventLoopGroup.any().makeFutureWithTask { await self.shutdown() }.wait()
    }

    private var innerSocketPath: String { (folder as NSString).appendingPathComponent("vapor.sock") }

    private func track(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let stopping = state.withLockedValue { state in
            state.connections[id] = channel
            return state.stopping
        }
        if stopping { channel.pipeline.fireUserInboundEventTriggered(FrontConnection.Quiesce()) }
        channel.closeFuture.whenComplete { [weak self] _ in
            self?.state.withLockedValue { _ = $0.connections.removeValue(forKey: id) }
        }
    }

    /// A folder only this user may enter, so only this process talks to Vapor's socket.
    private static func privateFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("hallyu-front-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
            throw FrontServerError(reason: "no private folder for the server's socket could be made (errno \(errno))")
        }
        return String(cString: made)
    }
}

struct FrontServerError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

struct FrontSecretKey: StorageKey {
    typealias Value = String
}

/// The server `serve` runs: the front, or Vapor's own when the front could not be made.
struct FrontServerKey: StorageKey {
    typealias Value = any Server
}

extension Application.Servers.Provider {
    /// The front before Vapor's server, made once per application (Vapor asks for the server
    /// every time it uses it).
    static var front: Self {
        .init { app in
            app.servers.use { app in
                if let server = app.storage[FrontServerKey.self] { return server }
                let server: any Server
                do {
                    server = try FrontServer(application: app)
                } catch {
                    app.logger.error("Serving without the cache's front: \(error)")
                    server = app.http.server.shared
                }
                app.storage[FrontServerKey.self] = server
                return server
            }
        }
    }
}
