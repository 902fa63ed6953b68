import Foundation
import HallyuTestSupport
import Testing

/// The check every API answer in the tests goes through finds what it is there to find.
@Suite("Checking answers against the API's document")
struct OpenAPICheckTests {
    private let check = OpenAPICheck(
        document: try! JSONValue(
            data: Data(
                """
                {"paths": {"/api/v1/people/{slug}": {"get": {"responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Person"}}}},
                    "404": {"description": "No such item."}}}}},
                 "components": {"schemas": {"Person": {"type": "object", "required": ["slug", "name"], "properties": {
                    "slug": {"type": "string"}, "name": {"type": "string", "maxLength": 5}, "birthplace": {"type": ["string", "null"]},
                    "episodes": {"type": "integer", "minimum": 1}, "kind": {"type": "string", "enum": ["drama", "film"]},
                    "aliases": {"type": "array", "items": {"type": "string"}}}}}}}
                """.utf8)))

    private func problems(_ body: String, status: Int = 200) -> [String] {
        check.problems(method: "GET", path: "/api/v1/people/han-so-hee?x=1", status: status, body: Data(body.utf8))
    }

    @Test func anAnswerThatFitsHasNoProblems() {
        #expect(problems(#"{"slug": "a", "name": "Han", "birthplace": null, "episodes": 3, "kind": "film", "aliases": ["x"]}"#).isEmpty)
        #expect(problems("", status: 404).isEmpty, "a documented status without a body")
    }

    @Test func everyKindOfMismatchIsFound() {
        #expect(problems(#"{"slug": "a"}"#) == ["GET /api/v1/people/{slug} 200 $.name: missing"])
        #expect(problems(#"{"slug": 1, "name": "Han"}"#).first?.contains("$.slug: a number where the schema wants string") == true)
        #expect(problems(#"{"slug": "a", "name": "Han So-hee"}"#).first?.contains("longer than 5") == true)
        #expect(problems(#"{"slug": "a", "name": "H", "episodes": 1.5}"#).count == 1, "an integer")
        #expect(problems(#"{"slug": "a", "name": "H", "episodes": 0}"#).first?.contains("below") == true)
        #expect(problems(#"{"slug": "a", "name": "H", "kind": "show"}"#).first?.contains("not one of") == true)
        #expect(problems(#"{"slug": "a", "name": "H", "aliases": [1]}"#).first?.contains("$.aliases[0]") == true)
        #expect(problems(#"{"slug": "a", "name": "H", "agency": "x"}"#) == ["GET /api/v1/people/{slug} 200 $.agency: not in the schema"])
        #expect(problems("{}", status: 500) == ["GET /api/v1/people/{slug} answered 500, which the document does not list"])
        #expect(problems("not json").first?.contains("not JSON") == true)
        #expect(check.problems(method: "DELETE", path: "/api/v1/people/a", status: 200, body: Data()).first?.contains("no such method") == true)
        #expect(check.problems(method: "GET", path: "/api/v1/nothing", status: 200, body: Data()).first?.contains("no such path") == true)
        #expect(check.problems(method: "GET", path: "/api/v1/nothing", status: 404, body: Data()).isEmpty, "what the API should say")
    }
}
