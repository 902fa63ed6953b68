import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import HallyuApp

@Suite("Shutting down")
struct RequestsInFlightTests {
    private struct SlowResponder: AsyncResponder {
        let finished: NIOLockedValueBox<Bool>

        func respond(to request: Request) async throws -> Response {
            try await Task.sleep(for: .milliseconds(300))
            finished.withLockedValue { $0 = true }
            return Response(status: .ok)
        }
    }

    /// A handler still running when the server stops (its client may already have hung up) is
    /// waited for before the application's storage, the databases with it, is shut down.
    @Test func shutdownWaitsForHandlersStillRunning() async throws {
        let app = try await Application.make(.testing)
        let inFlight = RequestsInFlight(grace: .seconds(10))
        let finished = NIOLockedValueBox(false)
        let request = Request(application: app, on: app.eventLoopGroup.next())
        let handler = Task { try await inFlight.respond(to: request, chainingTo: SlowResponder(finished: finished)).get() }
        while inFlight.current == 0 { try await Task.sleep(for: .milliseconds(5)) }

        await inFlight.shutdownAsync(app)
        #expect(finished.withLockedValue { $0 }, "shutting down returned before the handler ended")
        #expect(inFlight.current == 0)
        #expect(try await handler.value.status == .ok)
        try await app.asyncShutdown()
    }

    @Test func withNothingRunningShutdownDoesNotWait() async throws {
        let app = try await Application.make(.testing)
        let inFlight = RequestsInFlight(grace: .seconds(10))
        let started = ContinuousClock.now
        await inFlight.shutdownAsync(app)
        #expect(ContinuousClock.now - started < .seconds(1))
        try await app.asyncShutdown()
    }
}
