/// The readers' part of the API in the OpenAPI document: comments and polls.
extension OpenAPIDocument {
    static var communityOperations: [Operation] {
        let paging: [[String: Any]] = [
            ["name": "page", "in": "query", "schema": ["type": "integer", "minimum": 1, "default": 1]],
            ["name": "per", "in": "query", "schema": ["type": "integer", "minimum": 1, "maximum": 100, "default": 50]],
        ]
        let moderators = ["403": "Only editors and admins run polls."]
        return [
            Operation(
                method: "get", path: "/articles/{slug}/comments",
                summary: "A published article's approved comments: top-level ones oldest first, each with its replies.",
                schema: "CommentList", queryParameters: paging,
                errors: ["400": "A page or per value out of range."]),
            Operation(
                method: "post", path: "/articles/{slug}/comments",
                summary:
                    "Post a comment (no account needed). A first comment is held for a moderator; after one approval the same commenter (by e-mail address, else by the commenter cookie) publishes directly. A reply to a reply joins the top-level thread.",
                schema: "Comment", requestBody: "CommentInput", status: "201",
                errors: [
                    "400": "Empty or over-long text or name, a malformed e-mail address, or a parent that is not on the article.",
                    "403": "Comments are closed on this article, or another site's page made a browser send this.",
                    "409": "The same text on the same article from the same address within 10 minutes.",
                    "429": "More than 5 comments a minute from one address; see Retry-After.",
                ],
                alsoSuccess: ["202": "Held for a moderator; not shown yet."]),
            Operation(
                method: "get", path: "/polls/{id}",
                summary: "A poll; counts and percentages only once the caller (by voter cookie) has voted or the poll has closed.",
                schema: "Poll", errors: ["404": "No poll with this id on a published page."]),
            Operation(
                method: "post", path: "/polls/{id}/votes",
                summary: "Vote once per poll (the voter cookie decides); at most 20 votes an hour per address and poll.",
                schema: "Poll", requestBody: "VoteRequest", status: "201",
                errors: [
                    "400": "The option is not one of this poll's.", "404": "No poll with this id on a published page.",
                    "403": "Another site's page made a browser send this.",
                    "409": "This voter has voted in the poll already, or it has closed.",
                    "429": "Too many votes from the address in this poll; see Retry-After.",
                ]),
            Operation(
                method: "post", path: "/polls",
                summary: "Put a poll (2-6 options, an optional closing time) on an article or a couple's page (editors).",
                schema: "Poll", requestBody: "PollInput", status: "201", signedIn: true,
                errors: moderators.merging([
                    "400": "Too few or too many options, a repeated one, a past closing time, or not exactly one page.",
                    "422": "No article or couple with that slug.",
                ]) { $1 }),
            Operation(
                method: "post", path: "/polls/{id}/close", summary: "Close a poll now; its results are final (editors).",
                schema: "Poll", signedIn: true,
                errors: moderators.merging(["404": "No such poll.", "409": "The poll has closed already."]) { $1 }),
            Operation(
                method: "delete", path: "/polls/{id}", summary: "Delete a poll and its votes (editors).", schema: "", status: "204",
                signedIn: true, errors: moderators.merging(["404": "No such poll."]) { $1 }),
        ]
    }
}

extension OpenAPISchemas {
    static var community: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let optionalInteger: [String: Any] = ["type": ["integer", "null"]]
        return [
            "CommentInput": object(
                [
                    "name": ["type": "string", "maxLength": 80], "email": ["type": ["string", "null"], "maxLength": 254],
                    "body": [
                        "type": "string", "maxLength": 5000, "description": "Plain text; blank lines make paragraphs and web addresses become links.",
                    ],
                    "parent": optionalString,
                ], required: ["name", "body"]),
            "Comment": object(
                [
                    "id": string, "parent": optionalString, "name": string, "body": string, "html": string,
                    "createdAt": ["type": "string", "format": "date-time"],
                    "status": ["type": "string", "enum": ["approved", "held"], "description": "Given when a comment is posted."],
                    "replies": array("Comment"),
                ], required: ["id", "name", "body", "html", "createdAt"]),
            "CommentList": object(
                ["items": array("Comment"), "page": integer, "per": integer, "total": integer],
                required: ["items", "page", "per", "total"]),
            "Poll": object(
                [
                    "id": string, "question": string, "page": OpenAPIDocument.ref("EntityRef"),
                    "options": [
                        "type": "array",
                        "items": object(
                            [
                                "id": string, "label": string, "votes": optionalInteger,
                                "percent": optionalInteger,
                            ], required: ["id", "label"]),
                    ],
                    "totalVotes": optionalInteger, "closesAt": dateTime, "closed": ["type": "boolean"], "voted": ["type": "boolean"],
                ], required: ["id", "question", "page", "options", "closed", "voted"]),
            "VoteRequest": object(["option": string], required: ["option"]),
            "PollInput": object(
                [
                    "question": ["type": "string", "maxLength": 200],
                    "options": ["type": "array", "items": ["type": "string", "maxLength": 100], "minItems": 2, "maxItems": 6],
                    "article": ["type": "string", "description": "The slug of the article; or give couple."],
                    "couple": ["type": "string", "description": "The slug of the couple; or give article."],
                    "closesAt": ["type": ["string", "null"], "format": "date-time", "description": "With its UTC offset."],
                ], required: ["question", "options"]),
        ]
    }
}
