import Foundation
import Vapor

/// `/api/v1/openapi.json`: the API described in OpenAPI 3.1. Every route under `/api/v1` must
/// appear in `operations` (a test compares them with the registered routes).
enum OpenAPIDocument {
    struct Operation {
        var method: String
        /// OpenAPI form: `/articles/{slug}`.
        var path: String
        var summary: String
        var schema: String
        var paginated = false
        /// The schema of a JSON request body, for writes.
        var requestBody: String?
        /// Query parameters besides paging.
        var queryParameters: [[String: Any]] = []
    }

    static var operations: [Operation] {
        [
            Operation(method: "get", path: "/openapi.json", summary: "This document.", schema: "Object"),
            Operation(method: "get", path: "/articles", summary: "Published articles, newest first.", schema: "ArticleList", paginated: true),
            Operation(method: "get", path: "/articles/{slug}", summary: "A published article with its Markdown and rendered HTML.", schema: "Article"),
            Operation(method: "get", path: "/dramas/{slug}", summary: "A drama or variety show with cast and characters.", schema: "Title"),
            Operation(method: "get", path: "/films/{slug}", summary: "A film with cast and characters.", schema: "Title"),
            Operation(method: "get", path: "/people/{slug}", summary: "A person with credits, groups, couples and quotes.", schema: "Person"),
            Operation(method: "get", path: "/organizations/{slug}", summary: "A network, streamer, agency, group or studio.", schema: "Organization"),
            Operation(method: "get", path: "/couples/{slug}", summary: "A couple with shared titles, status timeline and quotes.", schema: "Couple"),
            Operation(method: "get", path: "/search",
                      summary: "The entities a query names (any spelling, Hangul, initials, one typo), then the matching published articles, best first, with highlighted snippets.",
                      schema: "SearchResult", paginated: true, queryParameters: [
                          ["name": "q", "in": "query", "schema": ["type": "string"], "description": "What to look for; at most 200 characters are read."],
                          ["name": "kind", "in": "query",
                           "schema": ["type": "string", "enum": ["all", "article", "person", "title", "organization", "couple"], "default": "all"]],
                      ]),
            Operation(method: "post", path: "/analyze",
                      summary: "The known names in a Markdown text and the warnings an editor should see (at most 200 KB).",
                      schema: "Analysis", requestBody: "AnalyzeRequest"),
        ]
    }

    static func show(req: Request) async throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: document(server: req.application.config.publicURL.absoluteString),
                                              options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: data))
    }

    static func document(server: String) -> [String: Any] {
        var paths: [String: Any] = [:]
        for operation in operations {
            var parameters: [[String: Any]] = []
            if operation.path.contains("{slug}") {
                parameters.append(["name": "slug", "in": "path", "required": true,
                                   "schema": ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"]])
            }
            parameters += operation.queryParameters
            if operation.paginated {
                parameters.append(["name": "page", "in": "query", "schema": ["type": "integer", "minimum": 1, "default": 1]])
                parameters.append(["name": "per", "in": "query", "schema": ["type": "integer", "minimum": 1, "maximum": 100, "default": 20]])
            }
            var responses: [String: Any] = ["200": ["description": "OK", "content": json(ref(operation.schema))]]
            if operation.path.contains("{slug}") { responses["404"] = error("No such item.") }
            if operation.paginated { responses["400"] = error("A page, per or other query value out of range.") }
            var description: [String: Any] = [
                "summary": operation.summary, "operationId": operationID(operation),
                "parameters": parameters, "responses": responses,
            ]
            if let body = operation.requestBody {
                description["requestBody"] = ["required": true, "content": json(ref(body))]
                responses["400"] = error("The body is not JSON of the documented shape.")
                responses["413"] = error("The body is larger than the limit.")
                description["responses"] = responses
            }
            paths["/api/v1" + operation.path] = [operation.method: description]
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Hallyu API", "version": "1",
                     "description": "The public, read-only API of a Hallyu newsroom: articles and the knowledge base."],
            "servers": [["url": server]],
            "paths": paths,
            "components": ["schemas": OpenAPISchemas.all],
        ]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    private static func json(_ schema: [String: Any]) -> [String: Any] { ["application/json": ["schema": schema]] }

    private static func error(_ description: String) -> [String: Any] {
        ["description": description, "content": json(ref("Error"))]
    }

    private static func operationID(_ operation: Operation) -> String {
        let words = operation.path.split(separator: "/").map { $0.replacingOccurrences(of: "{slug}", with: "bySlug") }
        return operation.method + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            .replacingOccurrences(of: ".", with: "")
    }
}
