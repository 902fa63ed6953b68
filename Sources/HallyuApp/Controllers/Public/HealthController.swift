import HallyuStore
import Vapor

/// `/healthz`: 200 when the database answers, 503 when it does not.
struct HealthController {
    func show(req: Request) async throws -> Response {
        do {
            try await req.databaseChecks.answers()
            return Response(
                status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"],
                body: .init(string: "ok\n"))
        } catch {
            req.logger.warning("health check: the database did not answer: \(String(describing: error))")
            return Response(
                status: .serviceUnavailable, headers: ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"],
                body: .init(string: "database unavailable\n"))
        }
    }
}
