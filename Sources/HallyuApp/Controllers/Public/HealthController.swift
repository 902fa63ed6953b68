import HallyuStore
import Vapor

/// `/healthz`: 200 when the primary database answers, 503 when it does not. With read replicas,
/// a line for each database follows the first: a replica that fails or lags is reported, and
/// the site still answers (its reads go to the primary), so the status stays 200.
struct HealthController {
    func show(req: Request) async throws -> Response {
        let headers: HTTPHeaders = ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"]
        do {
            try await req.databaseChecks.answers()
        } catch {
            req.logger.warning("health check: the database did not answer: \(String(describing: error))")
            return Response(status: .serviceUnavailable, headers: headers, body: .init(string: "database unavailable\n"))
        }
        var text = "ok\n"
        let replicas = req.application.readReplicas
        if !replicas.isEmpty {
            text += "primary: ok\n"
            for line in await replicas.report(req.application) { text += "\(line.name): \(line.detail)\n" }
        }
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
