import Foundation
import HallyuCore
import Testing
import Vapor
import VaporTesting

@testable import HallyuApp

@Suite("POST /api/v1/analyze")
struct AnalyzeTests {
    private func post(_ app: Application, _ body: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(
            .POST, "/api/v1/analyze", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test func namesAreFoundAndMisspellingsFlagged() async throws {
        try await withApp(demo: true) { app, backend in
            let text = "## Leads\n\nHan Soo-he and 송강은 met on [[Nevertheless]]. Na-bi falls for Jae-eon. Jung Ha-rin directs."
            let payload = String(decoding: try JSONEncoder().encode(["text": text]), as: UTF8.self)
            let response = try await post(app, payload)
            #expect(response.status == .ok, "\(backend)")
            let result = try json(EditorAnalysis.self, response)
            let songKang = try #require(result.mentions.first { $0.entity.slug == "song-kang" })
            #expect(songKang.text == "송강")
            let utf16 = Array(text.utf16)
            #expect(String(decoding: utf16[songKang.start..<songKang.end], as: UTF16.self) == "송강")
            let utf8 = Array(text.utf8)
            #expect(String(decoding: utf8[songKang.utf8Start..<songKang.utf8End], as: UTF8.self) == "송강")
            #expect(result.mentions.contains { $0.entity.kind == .title && $0.entity.slug == "nevertheless" })
            let misspelling = try #require(result.warnings.first { $0.kind == "misspelling" })
            #expect(misspelling.text == "Han Soo-he")
            #expect(misspelling.suggestions.first?.slug == "han-so-hee")
            #expect(misspelling.message == "Did you mean Han So-hee?")
            let unknown = try #require(result.warnings.first { $0.kind == "unknown" }, "\(result.warnings.map { "\($0.kind) \($0.text)" })")
            #expect(unknown.text == "Jung Ha-rin")
            #expect(unknown.message == "Jung Ha-rin is not in the knowledge base.")
        }
    }

    @Test func badBodiesGetClearErrors() async throws {
        try await withApp { app, _ in
            let invalid = try await post(app, "{not json")
            #expect(invalid.status == .badRequest)
            #expect(try json(APIError.Body.self, invalid).error.code == "bad_request")
            let missing = try await post(app, #"{"words": "x"}"#)
            #expect(missing.status == .badRequest)
            let large = String(repeating: "가", count: 70_000)
            let tooLarge = try await post(app, #"{"text": "\#(large)"}"#)
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(try json(APIError.Body.self, tooLarge).error.code == "too_large")
        }
    }
}
