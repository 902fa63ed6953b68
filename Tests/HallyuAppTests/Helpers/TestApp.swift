import Fluent
import Foundation
import HallyuStore
import HallyuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Runs `body` against a configured, migrated app on each of `TestDatabases`' backends: SQLite
/// in a file of its own, and a fresh PostgreSQL schema when `TEST_DATABASE_URL` is set. `demo`
/// loads the demo newsroom first; `adjust` changes the configuration (a public https address,
/// trusted proxies).
func withApp(
    demo: Bool = false, adjust: (inout Config) -> Void = { _ in }, _ body: (Application, String) async throws -> Void
) async throws {
    try await TestDatabases.each { backend, location in
        try await withApp(on: location, demo: demo, adjust: adjust) { try await body($0, backend) }
    }
}

/// An application configured on `location`, migrated unless `migrate` is false, shut down
/// afterwards (its media folder removed); the database itself is the caller's.
func withApp(
    on location: DatabaseLocation, migrate: Bool = true, demo: Bool = false, adjust: (inout Config) -> Void = { _ in },
    _ body: (Application) async throws -> Void
) async throws {
    let media = FileManager.default.temporaryDirectory.appendingPathComponent("hallyu-media-\(UUID().uuidString)").path
    var config = Config(
        database: location, publicURL: URL(string: "http://news.test")!, mediaDirectory: media,
        timeZone: TimeZone(identifier: "Asia/Seoul")!, logLevel: .warning)
    adjust(&config)
    let app = try await Application.make(.testing)
    var failure: (any Error)?
    do {
        try await configure(app, config: config)
        if migrate { try await app.migrateOrExplain() }
        if demo { _ = try await DemoLoader(database: app.db, mediaDirectory: media).load() }
        try await body(app)
    } catch {
        failure = error
    }
    try? FileManager.default.removeItem(atPath: media)
    try await app.asyncShutdown()
    if let failure { throw failure }
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
        let document = try? JSONValue(data: data)
    else { return nil }
    return OpenAPICheck(document: document)
}()

func checkAgainstAPIDocument(_ method: HTTPMethod, _ path: String, _ response: TestingHTTPResponse) {
    guard path.hasPrefix("/api/v1/") else { return }
    guard let apiDocument else {
        Issue.record("the API's OpenAPI document does not read back as JSON")
        return
    }
    let problems = apiDocument.problems(
        method: method.rawValue, path: path, status: Int(response.status.code),
        body: Data(response.body.readableBytesView))
    for problem in problems { Issue.record(Comment(rawValue: problem)) }
}

/// Decodes a JSON body, failing the test with the body when it does not fit.
func json<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(response.body.readableBytesView))
}
