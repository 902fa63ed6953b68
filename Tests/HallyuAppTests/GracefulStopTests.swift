import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing
import Vapor

@testable import HallyuApp

/// Stopping the server (what `serve` does on SIGTERM) while requests are being answered: it
/// takes no new connection, and every request under way is answered in full, by the front
/// (page cache on) and by Vapor's own server (page cache off) alike.
@Suite("Stopping gracefully")
struct GracefulStopTests {
    static let slowRequests = 16

    @Test func theFrontAnswersEveryRequestUnderWayBeforeItStops() async throws {
        try await withSlowRoute { app in
            let front = try FrontServer(application: app)
            app.storage[FrontServerKey.self] = front
            try await front.start(address: .hostname("127.0.0.1", port: 0))
            return (try #require(front.localAddress?.port), { await front.shutdown() })
        }
    }

    @Test func vaporsServerAnswersEveryRequestUnderWayBeforeItStops() async throws {
        try await withSlowRoute { app in
            let server = app.http.server.shared
            try await server.start(address: .hostname("127.0.0.1", port: 0))
            return (try #require(server.localAddress?.port), { await server.shutdown() })
        }
    }

    /// Starts a server with `start` on an app with a route that takes a second and a half,
    /// sends `slowRequests` requests to it, stops the server while they are all being answered,
    /// and checks that each was answered and that no new connection was taken meanwhile.
    private func withSlowRoute(
        _ start: @escaping (Application) async throws -> (port: Int, stop: @Sendable () async -> Void)
    ) async throws {
        try await withApp(adjust: { $0.shutdownGrace = .seconds(10) }) { app, backend in
            let started = NIOLockedValueBox(0)
            app.get("slow-for-test") { _ async throws -> String in
                started.withLockedValue { $0 += 1 }
                try await Task.sleep(for: .milliseconds(1500))
                return "finished"
            }
            let (port, stop) = try await start(app)
            let answers = Task {
                try await withThrowingTaskGroup(of: [RawHTTP.Response].self) { group in
                    for _ in 0..<Self.slowRequests {
                        group.addTask {
                            try await RawHTTP.exchange(
                                port: port, "GET /slow-for-test HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n")
                        }
                    }
                    return try await group.reduce(into: []) { $0 += $1 }
                }
            }
            let deadline = ContinuousClock.now + .seconds(20)
            while started.withLockedValue({ $0 }) < Self.slowRequests, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(started.withLockedValue { $0 } == Self.slowRequests, "every request reached its handler on \(backend)")
            let stopping = Task { await stop() }
            try await Task.sleep(for: .milliseconds(200))
            let refused = await (try? RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n")) == nil
            #expect(refused, "a new connection is not taken while stopping on \(backend)")
            await stopping.value
            let responses = try await answers.value
            #expect(responses.count == Self.slowRequests, "\(backend)")
            #expect(responses.allSatisfy { $0.status == 200 && $0.text == "finished" }, "\(responses.map(\.status)) on \(backend)")
        }
    }
}
