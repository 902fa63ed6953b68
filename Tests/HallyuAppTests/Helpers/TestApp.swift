import Fluent
import Foundation
@testable import HallyuApp
import HallyuStore
import HallyuTestSupport
import SQLKit
import Vapor
import VaporTesting
import Testing

/// Runs `body` against a configured, migrated app: on in-memory SQLite, and again on a fresh
/// PostgreSQL schema when `TEST_DATABASE_URL` is set. `demo` loads the demo newsroom first;
/// `adjust` changes the configuration (a public https address, trusted proxies).
func withApp(demo: Bool = false, adjust: (inout Config) -> Void = { _ in }, _ body: (Application, String) async throws -> Void)
    async throws {
    var backends: [(String, DatabaseLocation)] = [("sqlite", .sqliteMemory)]
    var schema: String?
    if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        schema = name
        let separator = url.contains("?") ? "&" : "?"
        backends.append(("postgres", .postgres(url: url + separator + "search_path=" + name)))
    }
    for (backend, location) in backends {
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-media-\(UUID().uuidString)").path
        var config = Config(database: location, publicURL: URL(string: "http://news.test")!, mediaDirectory: media,
                            timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .warning)
        adjust(&config)
        let app = try await Application.make(.testing)
        var failure: (any Error)?
        do {
            try await configure(app, config: config)
            if backend == "postgres", let schema, let sql = app.db as? any SQLDatabase {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
            try await app.migrateOrExplain()
            if demo { _ = try await DemoLoader(database: app.db, mediaDirectory: media).load() }
            try await body(app, backend)
        } catch {
            failure = error
        }
        if backend == "postgres", let schema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? FileManager.default.removeItem(atPath: media)
        try await app.asyncShutdown()
        if let failure { throw failure }
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
}

/// A GET through the app, without a socket; an API answer is checked against the API's document.
func get(_ app: Application, _ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
    let response = try await app.testing().sendRequest(.GET, path, headers: headers)
    checkAgainstAPIDocument(.GET, path, response)
    return response
}

/// The API's own OpenAPI document, which every answer under `/api/v1` the tests see must fit:
/// a status it lists for the operation, and a body its schema describes.
private let apiDocument: OpenAPICheck? = {
    guard let data = try? JSONSerialization.data(withJSONObject: OpenAPIDocument.document(server: "http://news.test")),
          let document = try? JSONValue(data: data) else { return nil }
    return OpenAPICheck(document: document)
}()

func checkAgainstAPIDocument(_ method: HTTPMethod, _ path: String, _ response: TestingHTTPResponse) {
    guard path.hasPrefix("/api/v1/") else { return }
    guard let apiDocument else {
        Issue.record("the API's OpenAPI document does not read back as JSON")
        return
    }
    let problems = apiDocument.problems(method: method.rawValue, path: path, status: Int(response.status.code),
                                        body: Data(response.body.readableBytesView))
    for problem in problems { Issue.record(Comment(rawValue: problem)) }
}

/// Decodes a JSON body, failing the test with the body when it does not fit.
func json<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(response.body.readableBytesView))
}
