import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

/// Each answered request is one log line with its identifier, method, route pattern, status,
/// duration and cache result, and nothing of what a reader sent; `LOG_FORMAT=json` writes each
/// entry as one JSON object on one line.
@Suite("Request logs")
struct RequestLogTests {
    private final class Captured: Sendable {
        let entries = NIOLockedValueBox<[(message: String, metadata: Logger.Metadata)]>([])
    }

    private struct CapturingHandler: LogHandler {
        let captured: Captured
        var logLevel: Logger.Level = .info
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            captured.entries.withLockedValue { $0.append(("\(event.message)", all)) }
        }
    }

    @Test func anAnsweredRequestIsOneLineWithItsIdentifierAndNothingTheReaderSent() async throws {
        try await withApp(demo: true) { app, backend in
            let captured = Captured()
            app.logger = Logger(label: "test") { _ in CapturingHandler(captured: captured) }
            let secret = "private-search-words"
            let response = try await app.testing().sendRequest(
                .GET, "/articles/\(demoStory)?utm_source=\(secret)",
                headers: ["Cookie": "hallyu_reader=\(secret)", "User-Agent": secret, "X-Forwarded-For": "203.0.113.9"])
            #expect(response.status == .ok, "\(backend)")
            let id = try #require(response.headers.first(name: RequestID.header))
            let lines = captured.entries.withLockedValue { $0 }.filter { $0.metadata["route"] != nil }
            #expect(lines.count == 1, "one line for one request on \(backend)")
            let line = try #require(lines.first)
            #expect(line.message == "GET /articles/:slug 200")
            #expect(line.metadata["request_id"] == .string(id))
            #expect(line.metadata["request-id"] == nil, "one identifier, under one name")
            #expect(line.metadata["method"] == .string("GET") && line.metadata["status"]?.description == "200")
            #expect(line.metadata["cache"] == .string("MISS"))
            #expect(Double(line.metadata["duration_ms"]?.description ?? "") != nil)
            let everything = line.message + line.metadata.map { "\($0.key)=\($0.value)" }.joined()
            for sent in [secret, demoStory, "203.0.113.9"] { #expect(!everything.contains(sent), "\(sent) is not logged") }
        }
    }

    @Test func aJSONLineIsOneObjectWithEveryFieldEscaped() throws {
        let time = Date(timeIntervalSince1970: 1_796_605_018.308)
        let line = JSONLogHandler.line(
            time: time, level: .warning, message: "quote \" backslash \\ newline \n tab \t nul \u{0} 한국어 \u{2028}",
            label: "codes.vapor.application",
            fields: [
                "request_id": .string("abc-1"), "status": .stringConvertible(UInt(200)), "duration_ms": .stringConvertible(1.25),
                "level": .string("forged"), "tags": .array([.string("a"), .string("b")]),
            ])
        #expect(line.hasSuffix("}\n") && line.dropLast().firstIndex(of: "\n") == nil, "one line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["time"] as? String == "2026-12-07T00:56:58.308Z")
        #expect(object["level"] as? String == "warning", "a field cannot overwrite the level")
        #expect(object["message"] as? String == "quote \" backslash \\ newline \n tab \t nul \u{0} 한국어 \u{2028}")
        #expect(object["logger"] as? String == "codes.vapor.application")
        #expect(object["request_id"] as? String == "abc-1")
        #expect(object["status"] as? Int == 200)
        #expect(object["duration_ms"] as? Double == 1.25)
        #expect(object["tags"] as? [String] == ["a", "b"])
    }
}
