import Crypto
import Vapor

/// `/metrics`: the Prometheus exposition (`MetricsReading`), for a scraper holding
/// `HALLYU_METRICS_TOKEN` as its bearer token. Not for the public: without a configured token
/// the address does not exist (404), and a request without the right token gets a 401.
struct MetricsController {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    func show(req: Request) async throws -> Response {
        guard let token = req.application.config.metricsToken else {
            throw Abort(.notFound)
        }
        guard let offered = req.headers.bearerAuthorization?.token, Self.same(offered, token) else {
            var headers = HTTPHeaders()
            headers.add(name: .wwwAuthenticate, value: "Bearer realm=\"metrics\"")
            headers.add(name: .contentType, value: "text/plain; charset=utf-8")
            return Response(
                status: .unauthorized, headers: headers,
                body: .init(string: "The metrics need the bearer token the server was given in HALLYU_METRICS_TOKEN.\n"))
        }
        let body = await MetricsReading(app: req.application).exposition()
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: Self.contentType)
        headers.add(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: body)))
    }

    /// Compares digests, so the time taken says nothing of how much of the token was right.
    private static func same(_ offered: String, _ token: String) -> Bool {
        SHA256.hash(data: Data(offered.utf8)) == SHA256.hash(data: Data(token.utf8))
    }
}
