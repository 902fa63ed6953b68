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
        /// The schema of a request body, for writes.
        var requestBody: String?
        var requestContentType = "application/json"
        /// Query parameters besides paging.
        var queryParameters: [[String: Any]] = []
        /// The status of a success: 200, 201 for something made, 204 for nothing to say.
        var status = "200"
        /// Needs `Authorization: Bearer` with a personal API token.
        var signedIn = false
        /// Other answers worth documenting, by status.
        var errors: [String: String] = [:]
        /// Other successes, with the same body as the main one (a held comment's 202).
        var alsoSuccess: [String: String] = [:]
    }

    static var operations: [Operation] {
        [
            Operation(method: "get", path: "/openapi.json", summary: "This document.", schema: "Object"),
            Operation(method: "get", path: "/articles", summary: "Published articles, newest first.", schema: "ArticleList", paginated: true),
            Operation(
                method: "get", path: "/articles/{slug}", summary: "A published article with its Markdown and rendered HTML.", schema: "Article"),
            Operation(method: "get", path: "/dramas/{slug}", summary: "A drama or variety show with cast and characters.", schema: "Title"),
            Operation(method: "get", path: "/films/{slug}", summary: "A film with cast and characters.", schema: "Title"),
            Operation(method: "get", path: "/people/{slug}", summary: "A person with credits, groups, couples and quotes.", schema: "Person"),
            Operation(method: "get", path: "/organizations/{slug}", summary: "A network, streamer, agency, group or studio.", schema: "Organization"),
            Operation(method: "get", path: "/couples/{slug}", summary: "A couple with shared titles, status timeline and quotes.", schema: "Couple"),
            Operation(
                method: "get", path: "/search",
                summary:
                    "The entities a query names (any spelling, Hangul, initials, one typo), then the matching published articles, best first, with highlighted snippets.",
                schema: "SearchResult", paginated: true,
                queryParameters: [
                    ["name": "q", "in": "query", "schema": ["type": "string"], "description": "What to look for; at most 200 characters are read."],
                    [
                        "name": "kind", "in": "query",
                        "schema": ["type": "string", "enum": ["all", "article", "person", "title", "organization", "couple"], "default": "all"],
                    ],
                ]),
            Operation(
                method: "post", path: "/analyze",
                summary: "The known names in a Markdown text and the warnings an editor should see (at most 200 KB).",
                schema: "Analysis", requestBody: "AnalyzeRequest"),
            Operation(
                method: "post", path: "/auth/tokens",
                summary:
                    "Make a personal API token with a newsroom account's e-mail address and password (and its one-time or recovery code when two-factor sign-in is on); the token is shown this once.",
                schema: "CreatedToken", requestBody: "TokenRequest", status: "201",
                errors: [
                    "401": "The e-mail address and password do not match an account, or the one-time code is missing, wrong or used.",
                    "403": "The account is disabled, or the site requires two-factor sign-in for its role and it is not on.",
                    "429": "Too many failed sign-ins for the account or from the address; see Retry-After.",
                ]),
            Operation(
                method: "get", path: "/auth/tokens", summary: "The signed-in account's tokens (never the tokens themselves).",
                schema: "TokenList", signedIn: true),
            Operation(
                method: "delete", path: "/auth/tokens/{id}", summary: "Revoke one of the signed-in account's tokens.",
                schema: "", status: "204", signedIn: true, errors: ["404": "The account has no token with this id."]),
            Operation(
                method: "post", path: "/preview",
                summary:
                    "A Markdown text rendered as readers will see it, with the editor's warnings (names, long paragraphs, the hero's credit and alt text).",
                schema: "Preview", requestBody: "PreviewRequest"),
        ] + communityOperations + writeOperations
    }

    /// Writes, with a personal API token; the role decides what each may do.
    static var writeOperations: [Operation] {
        let refused = [
            "403": "The account's role may not do this.",
            "409":
                "The article is not in a state this step starts from, its hero image lacks a credit or alt text, or its body shows a picture from another site.",
        ]
        var operations = [
            Operation(
                method: "post", path: "/articles", summary: "Start a draft, with the signed-in account on its byline.",
                schema: "NewsroomArticle", requestBody: "ArticleInput", status: "201", signedIn: true,
                errors: ["422": "A subject, tag or hero that does not exist."]),
            Operation(
                method: "patch", path: "/articles/{slug}",
                summary:
                    "Change an article (any state, for editors; their own drafts, for writers). Only what is sent changes; every save is a revision.",
                schema: "NewsroomArticle", requestBody: "ArticleInput", signedIn: true,
                errors: [
                    "403": "The account may not change this article.",
                    "409": "Someone saved a newer revision than baseRevision; the message links the difference.",
                    "422": "A subject, tag or hero that does not exist.",
                ]),
            Operation(
                method: "post", path: "/articles/{slug}/schedule",
                summary: "Schedule an article (editors); at is ISO 8601 with its UTC offset. It publishes itself when due.",
                schema: "NewsroomArticle", requestBody: "ScheduleRequest", signedIn: true, errors: refused),
            Operation(
                method: "post", path: "/media",
                summary:
                    "Upload a JPEG, PNG, WebP or GIF of at most 15 MB, 20,000 pixels on a side and 50 megapixels; the type and size are read from the file's bytes before anything decodes it. The resized copies are made as it is taken (where the server has vips). The same file twice is one item (200).",
                schema: "MediaItem", requestBody: "MediaUpload", requestContentType: "multipart/form-data", status: "201", signedIn: true,
                errors: [
                    "413": "The file is larger than 15 MB.", "415": "The file is not one of the four image types.",
                    "403": "The account's role may not upload.",
                    "400": "No file, a description too long, more pixels than allowed, or a body cut off before its closing boundary.",
                    "422": "The file could not be read: cut off or damaged. Nothing of it is kept.",
                ]),
        ]
        operations.append(
            Operation(
                method: "post", path: "/drafts",
                summary:
                    "The draft generator: a draft article from a couple or a title, with headed sections of facts, roles, quotes and the status record, each with its source.",
                schema: "NewsroomArticle", requestBody: "DraftRequest", status: "201", signedIn: true,
                errors: ["404": "No couple or title with that slug."]))
        let editorsOnly = ["403": "Only editors and admins edit the knowledge base.", "422": "An agency that does not exist."]
        operations += [
            Operation(
                method: "post", path: "/people", summary: "Add a person; the slug is made from the name (and birth year when taken).",
                schema: "Person", requestBody: "PersonInput", status: "201", signedIn: true, errors: editorsOnly),
            Operation(
                method: "patch", path: "/people/{slug}",
                summary: "Correct a person; only what is sent changes. A new slug leaves the old address redirecting.",
                schema: "Person", requestBody: "PersonInput", signedIn: true, errors: editorsOnly),
            Operation(
                method: "post", path: "/people/{slug}/merge",
                summary:
                    "Merge this duplicate into another person: credits, groups, couples, quotes, articles and names move over; the old slug redirects.",
                schema: "Person", requestBody: "MergeRequest", signedIn: true,
                errors: [
                    "403": "Only editors and admins edit the knowledge base.",
                    "400": "Both people form a couple with the same person, or the two are one.",
                    "422": "The person to merge into does not exist.",
                ]),
        ]
        let additions = [
            "403": "Only editors and admins edit the knowledge base.", "409": "It is there already.",
            "422": "A person, title, organization or article it names does not exist.",
        ]
        for (path, summary, body) in [
            ("/titles", "Add a drama or film; the slug is made from the name (and first year when taken).", "TitleInput"),
            ("/organizations", "Add a network, streamer, agency, group or studio.", "OrganizationInput"),
            ("/couples", "Add a couple of two people (its slug joins theirs), with an optional sourced timeline.", "CoupleInput"),
            ("/couples/{slug}/status", "Add a status entry to a couple's record; a source (article slug or web address) is required.", "StatusInput"),
            ("/quotes", "Add a quote with its speaker, what it is about and its source (required).", "QuoteInput"),
            ("/credits", "Add a role: a person in a title, with the character they play.", "CreditInput"),
        ] {
            operations.append(
                Operation(
                    method: "post", path: path, summary: summary, schema: "Made", requestBody: body,
                    status: "201", signedIn: true, errors: additions))
        }
        operations += [
            Operation(
                method: "patch", path: "/couples/{slug}", summary: "Change a couple's note.", schema: "Made",
                requestBody: "NoteRequest", signedIn: true, errors: additions),
            Operation(
                method: "delete", path: "/couples/{slug}/status", summary: "Take a wrong status entry out of a couple's record.",
                schema: "Made",
                queryParameters: [
                    [
                        "name": "status", "in": "query", "required": true,
                        "schema": ["type": "string", "enum": ["on-screen", "rumoured", "denied", "confirmed", "ended"]],
                    ],
                    ["name": "date", "in": "query", "required": true, "schema": ["type": "string", "format": "date"]],
                ], signedIn: true,
                errors: [
                    "403": "Only editors and admins edit the knowledge base.", "404": "No such entry.",
                    "400": "A status or date that cannot be read.",
                    "422": "No couple has this slug.",
                ]),
            Operation(
                method: "delete", path: "/quotes/{id}", summary: "Delete a quote.", schema: "", status: "204", signedIn: true,
                errors: ["403": "Only editors and admins edit the knowledge base.", "404": "No such quote."]),
            Operation(
                method: "delete", path: "/credits/{id}", summary: "Delete a role.", schema: "", status: "204", signedIn: true,
                errors: ["403": "Only editors and admins edit the knowledge base.", "404": "No such credit."]),
        ]
        for (path, body) in [("/titles/{slug}", "TitleInput"), ("/organizations/{slug}", "OrganizationInput")] {
            operations.append(
                Operation(
                    method: "patch", path: path,
                    summary: "Correct it; only what is sent changes, and a new slug leaves the old address redirecting.",
                    schema: "Made", requestBody: body, signedIn: true, errors: additions))
        }
        for (step, summary) in [
            ("submit", "Submit a draft for review (its writer, or an editor)."),
            ("publish", "Publish now (editors)."), ("unpublish", "Take a published article off the site (editors)."),
        ] {
            operations.append(
                Operation(
                    method: "post", path: "/articles/{slug}/\(step)", summary: summary, schema: "NewsroomArticle",
                    signedIn: true, errors: refused))
        }
        return operations
    }

    static func show(req: Request) async throws -> Response {
        let data = try JSONSerialization.data(
            withJSONObject: document(server: req.application.config.publicURL.absoluteString),
            options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: data))
    }

    static func document(server: String) -> [String: Any] {
        var paths: [String: Any] = [:]
        for operation in operations {
            var parameters: [[String: Any]] = []
            if operation.path.contains("{slug}") {
                parameters.append([
                    "name": "slug", "in": "path", "required": true,
                    "schema": ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"],
                ])
            }
            if operation.path.contains("{id}") {
                parameters.append(["name": "id", "in": "path", "required": true, "schema": ["type": "string"]])
            }
            parameters += operation.queryParameters
            if operation.paginated {
                parameters.append(["name": "page", "in": "query", "schema": ["type": "integer", "minimum": 1, "default": 1]])
                parameters.append(["name": "per", "in": "query", "schema": ["type": "integer", "minimum": 1, "maximum": 100, "default": 20]])
            }
            let success: [String: Any] =
                operation.schema.isEmpty
                ? ["description": "Done."]
                : ["description": operation.status == "201" ? "Made." : "OK", "content": json(ref(operation.schema))]
            var responses: [String: Any] = [operation.status: success]
            for (status, text) in operation.errors { responses[status] = error(text) }
            for (status, text) in operation.alsoSuccess { responses[status] = ["description": text, "content": json(ref(operation.schema))] }
            if operation.signedIn {
                responses["401"] = error("No valid personal API token was sent.")
                let disabled = "the token ended when its account was disabled."
                responses["403"] = error(operation.errors["403"].map { "\($0.dropLast()), or \(disabled)" } ?? "The" + disabled.dropFirst(3))
                responses["429"] = error(
                    "The token has made its requests for the minute (\(Config.defaultAPITokenRate) unless the site sets otherwise); "
                        + "see Retry-After. Every answer says what is left: RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (seconds).")
            }
            if operation.path.contains("{slug}") { responses["404"] = error("No such item.") }
            if operation.method == "get", operation.path.hasSuffix("{slug}") {
                responses["301"] = [
                    "description": "The slug was renamed (or the title is of the other kind): `Location` is its address now.",
                    "headers": ["Location": ["schema": ["type": "string"]]],
                ]
            }
            if operation.paginated { responses["400"] = error("A page, per or other query value out of range.") }
            var description: [String: Any] = [
                "summary": operation.summary, "operationId": operationID(operation),
                "parameters": parameters, "responses": responses,
            ]
            if operation.signedIn { description["security"] = [["bearer": [String]()]] }
            if let body = operation.requestBody {
                description["requestBody"] = ["required": true, "content": [operation.requestContentType: ["schema": ref(body)]]]
                responses["400"] = error("The body is not JSON of the documented shape.")
                responses["413"] = error("The body is larger than the limit.")
                if responses["415"] == nil { responses["415"] = error("The body is not sent as \(operation.requestContentType).") }
                description["responses"] = responses
            }
            var methods = paths["/api/v1" + operation.path] as? [String: Any] ?? [:]
            methods[operation.method] = description
            paths["/api/v1" + operation.path] = methods
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Hallyu API", "version": "1",
                "description":
                    "The API of a Hallyu newsroom: articles and the knowledge base to read, comments and polls for readers; writes with a personal API token.",
            ],
            "servers": [["url": server]],
            "paths": paths,
            "components": [
                "schemas": OpenAPISchemas.all.merging(OpenAPISchemas.community) { first, _ in first },
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer",
                        "description": "A personal API token from POST /api/v1/auth/tokens.",
                    ]
                ],
            ],
        ]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    private static func json(_ schema: [String: Any]) -> [String: Any] { ["application/json": ["schema": schema]] }

    private static func error(_ description: String) -> [String: Any] {
        ["description": description, "content": json(ref("Error"))]
    }

    private static func operationID(_ operation: Operation) -> String {
        let words = operation.path.split(separator: "/").map {
            $0.replacingOccurrences(of: "{slug}", with: "bySlug").replacingOccurrences(of: "{id}", with: "byID")
        }
        return operation.method
            + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            .replacingOccurrences(of: ".", with: "")
    }
}
