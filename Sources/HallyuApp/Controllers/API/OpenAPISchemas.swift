/// The JSON shapes of the API, as OpenAPI schemas.
enum OpenAPISchemas {
    static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    static var string: [String: Any] { ["type": "string"] }
    static var optionalString: [String: Any] { ["type": ["string", "null"]] }
    static var strings: [String: Any] { ["type": "array", "items": string] }
    static var dateTime: [String: Any] { ["type": ["string", "null"], "format": "date-time"] }
    static func array(_ name: String) -> [String: Any] { ["type": "array", "items": OpenAPIDocument.ref(name)] }

    static var all: [String: Any] {
        [
            "Object": ["type": "object"],
            "SearchResult": object(
                [
                    "query": string,
                    "entities": [
                        "type": "array",
                        "items": object(
                            [
                                "kind": string, "slug": string, "name": string,
                                "nativeName": optionalString, "url": string,
                            ],
                            required: ["kind", "slug", "name", "url"]),
                    ],
                    "articles": object(
                        [
                            "items": [
                                "type": "array",
                                "items": object(
                                    [
                                        "article": OpenAPIDocument.ref("ArticleSummary"), "snippet": string,
                                        "highlights": [
                                            "type": "array",
                                            "items": object(
                                                [
                                                    "start": ["type": "integer"], "end": ["type": "integer"],
                                                    "utf8Start": ["type": "integer"], "utf8End": ["type": "integer"],
                                                ],
                                                required: ["start", "end", "utf8Start", "utf8End"]),
                                        ],
                                    ], required: ["article", "snippet", "highlights"]),
                            ],
                            "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
                        ], required: ["items", "page", "per", "total"]),
                    "articlesTruncated": ["type": "boolean", "description": "More articles matched than the newest 500 that were ranked."],
                ], required: ["query", "entities", "articlesTruncated", "articles"]),
            "TokenRequest": object(
                ["email": string, "password": string, "name": ["type": "string", "maxLength": 100], "code": string],
                required: ["email", "password", "name"]),
            "Token": object(
                ["id": string, "name": string, "createdAt": ["type": "string", "format": "date-time"], "lastUsedAt": dateTime],
                required: ["id", "name", "createdAt"]),
            "CreatedToken": object(
                ["id": string, "name": string, "createdAt": ["type": "string", "format": "date-time"], "token": string],
                required: ["id", "name", "createdAt", "token"]),
            "TokenList": object(
                [
                    "items": array("Token"), "page": ["type": "integer"], "per": ["type": "integer"],
                    "total": ["type": "integer"],
                ], required: ["items", "page", "per", "total"]),
            "PreviewRequest": object(
                [
                    "text": ["type": "string", "maxLength": 200_000],
                    "subjects": array("EntityRef"), "heroMediaId": optionalString,
                ], required: ["text"]),
            "Preview": object(
                [
                    "html": string, "mentions": ["type": "array", "items": ["type": "object"]],
                    "warnings": ["type": "array", "items": ["type": "object"]],
                ], required: ["html", "mentions", "warnings"]),
            "ArticleInput": object(
                [
                    "title": ["type": "string", "maxLength": 300], "slug": string, "dek": ["type": "string", "maxLength": 1000],
                    "body": ["type": "string", "description": "Markdown."], "tags": ["type": "array", "items": string, "maxItems": 30],
                    "subjects": [
                        "type": "array",
                        "items": object(
                            [
                                "kind": ["type": "string", "enum": ["person", "title", "organization", "couple"]],
                                "slug": string,
                            ], required: ["kind", "slug"]),
                    ],
                    "heroMediaId": optionalString, "baseRevision": ["type": "integer"],
                ], required: []),
            "ScheduleRequest": object(
                [
                    "at": [
                        "type": "string", "format": "date-time",
                        "description": "With its UTC offset: 2026-12-01T09:00:00+09:00.",
                    ]
                ], required: ["at"]),
            "NewsroomArticle": object(
                [
                    "id": string, "slug": string, "title": string, "dek": string, "body": string,
                    "status": ["type": "string", "enum": ["draft", "review", "scheduled", "published", "unpublished"]],
                    "revision": ["type": "integer"], "tags": strings, "subjects": array("EntityRef"), "heroMediaId": optionalString,
                    "publishedAt": dateTime, "scheduledAt": dateTime, "url": optionalString, "editUrl": string,
                ], required: ["id", "slug", "title", "dek", "body", "status", "revision", "tags", "subjects", "editUrl"]),
            "PersonInput": object(
                [
                    "name": ["type": "string", "maxLength": 200], "nativeName": optionalString, "aliases": strings,
                    "birthDate": ["type": ["string", "null"], "format": "date"],
                    "birthplace": ["type": ["string", "null"], "maxLength": 200], "occupations": strings,
                    "agency": ["type": ["string", "null"], "description": "The agency's slug."],
                    "bio": ["type": "string", "maxLength": 5000], "slug": string,
                ], required: []),
            "DraftRequest": object(
                [
                    "couple": ["type": "string", "description": "A couple's slug."],
                    "title": ["type": "string", "description": "A drama's or film's slug."],
                ], required: []),
            "Made": object(["kind": string, "slug": string, "name": string, "url": string], required: ["kind", "slug", "name", "url"]),
            "TitleInput": object(
                [
                    "kind": ["type": "string", "enum": ["drama", "film"]], "name": string, "nativeName": optionalString,
                    "aliases": strings, "synopsis": string, "firstAired": ["type": ["string", "null"], "format": "date"],
                    "lastAired": ["type": ["string", "null"], "format": "date"], "episodes": ["type": ["integer", "null"]],
                    "networks": strings, "platforms": strings, "genres": strings, "slug": string,
                ], required: []),
            "OrganizationInput": object(
                [
                    "kind": ["type": "string", "enum": ["network", "streamer", "agency", "group", "studio"]],
                    "name": string, "nativeName": optionalString, "aliases": strings, "description": string,
                    "founded": optionalString, "website": optionalString, "slug": string,
                ], required: []),
            "StatusInput": object(
                [
                    "status": ["type": "string", "enum": ["on-screen", "rumoured", "denied", "confirmed", "ended"]],
                    "date": ["type": "string", "format": "date"], "statement": string,
                    "sourceArticle": optionalString, "sourceUrl": optionalString,
                ], required: ["status", "date", "statement"]),
            "CoupleInput": object(
                ["first": string, "second": string, "note": string, "timeline": array("StatusInput")],
                required: ["first", "second"]),
            "QuoteInput": object(
                [
                    "text": string, "kind": ["type": "string", "enum": ["verbatim", "paraphrased"]], "speaker": string,
                    "about": array("EntityRef"), "sourceArticle": optionalString, "sourceUrl": optionalString,
                    "date": ["type": ["string", "null"], "format": "date"], "context": string,
                ], required: ["text", "speaker"]),
            "CreditInput": object(
                [
                    "person": string, "title": string, "characterName": optionalString, "characterNativeName": optionalString,
                    "billing": ["type": "string", "enum": ["lead", "support", "cameo"]], "order": ["type": "integer"],
                ],
                required: ["person", "title"]),
            "NoteRequest": object(["note": ["type": "string", "maxLength": 2000]], required: ["note"]),
            "MergeRequest": object(["into": ["type": "string", "description": "The slug of the person to keep."]], required: ["into"]),
            "MediaUpload": object(
                [
                    "file": ["type": "string", "contentMediaType": "application/octet-stream"], "alt": string,
                    "credit": string, "caption": string, "sourceUrl": string, "licence": string,
                ], required: ["file"]),
            "MediaItem": object(
                [
                    "id": string, "url": string, "fileName": string, "contentType": string, "width": ["type": "integer"],
                    "height": ["type": "integer"], "alt": string, "caption": string, "credit": string,
                    "sourceUrl": optionalString, "licence": string,
                ],
                required: ["id", "url", "fileName", "contentType", "width", "height", "alt", "caption", "credit", "licence"]),
            "AnalyzeRequest": object(["text": ["type": "string", "maxLength": 200_000]], required: ["text"]),
            "Analysis": object(
                [
                    "mentions": [
                        "type": "array",
                        "items": object(
                            [
                                "entity": OpenAPIDocument.ref("EntityRef"), "text": string,
                                "start": ["type": "integer"], "end": ["type": "integer"],
                                "utf8Start": ["type": "integer"], "utf8End": ["type": "integer"],
                            ],
                            required: ["entity", "text", "start", "end", "utf8Start", "utf8End"]),
                    ],
                    "warnings": [
                        "type": "array",
                        "items": object(
                            [
                                "kind": ["type": "string", "enum": ["misspelling", "ambiguous", "unknown"]],
                                "text": string, "start": ["type": "integer"], "end": ["type": "integer"],
                                "utf8Start": ["type": "integer"], "utf8End": ["type": "integer"],
                                "suggestions": array("EntityRef"), "message": string,
                            ],
                            required: ["kind", "text", "start", "end", "suggestions", "message"]),
                    ],
                ], required: ["mentions", "warnings"]),
            "Error": object(
                [
                    "error": object(
                        [
                            "code": [
                                "type": "string",
                                "enum": [
                                    "not_found", "bad_request", "unauthorized",
                                    "forbidden", "conflict", "too_large",
                                    "rate_limited", "unavailable",
                                ],
                            ],
                            "message": string,
                        ], required: ["code", "message"])
                ], required: ["error"]),
            "EntityRef": object(
                [
                    "kind": ["type": "string", "enum": ["person", "title", "organization", "couple", "character", "article", "tag"]],
                    "slug": string, "name": string, "nativeName": string,
                ], required: ["kind", "slug", "name"]),
            "Author": object(["slug": string, "name": string], required: ["slug", "name"]),
            "Media": object(
                [
                    "url": string, "alt": string, "caption": string, "credit": string, "licence": string,
                    "sourceUrl": optionalString, "width": ["type": "integer"], "height": ["type": "integer"],
                ],
                required: ["url", "alt", "credit", "width", "height"]),
            "ArticleSummary": object(
                [
                    "slug": string, "title": string, "dek": string, "url": string, "publishedAt": dateTime,
                    "authors": array("Author"), "hero": OpenAPIDocument.ref("Media"),
                ],
                required: ["slug", "title", "dek", "url", "authors"]),
            "ArticleList": object(
                [
                    "items": array("ArticleSummary"), "page": ["type": "integer"], "per": ["type": "integer"],
                    "total": ["type": "integer"],
                ], required: ["items", "page", "per", "total"]),
            "Article": object(
                [
                    "id": string, "slug": string, "title": string, "dek": string, "url": string, "status": string,
                    "publishedAt": dateTime, "updatedAt": ["type": "string", "format": "date-time"], "authors": array("Author"),
                    "tags": array("EntityRef"), "subjects": array("EntityRef"), "hero": OpenAPIDocument.ref("Media"),
                    "markdown": string, "html": string, "related": array("ArticleSummary"),
                ],
                required: ["id", "slug", "title", "markdown", "html", "authors", "tags", "subjects", "related"]),
            "Credit": object(
                [
                    "person": OpenAPIDocument.ref("EntityRef"), "title": OpenAPIDocument.ref("EntityRef"),
                    "titleKind": string, "billing": ["type": "string", "enum": ["lead", "support", "cameo"]],
                    "order": ["type": "integer"],
                    "character": object(
                        [
                            "name": string, "nativeName": string, "shortNames": strings, "slug": string,
                            "url": string,
                        ], required: ["name"]),
                ],
                required: ["person", "title", "billing"]),
            "Quote": object(
                [
                    "id": string, "text": string, "kind": ["type": "string", "enum": ["verbatim", "paraphrased"]],
                    "speaker": OpenAPIDocument.ref("EntityRef"), "about": array("EntityRef"),
                    "source": OpenAPIDocument.ref("EntityRef"), "sourceUrl": optionalString, "date": optionalString,
                    "context": string,
                ], required: ["id", "text", "kind", "speaker"]),
            "Title": object(
                [
                    "id": string, "slug": string, "kind": string, "name": string, "nativeName": string,
                    "aliases": strings, "synopsis": string, "firstAired": string, "lastAired": string,
                    "episodes": ["type": "integer"], "networks": array("EntityRef"), "platforms": array("EntityRef"),
                    "genres": strings, "cast": array("Credit"), "couples": array("EntityRef"),
                ],
                required: ["id", "slug", "kind", "name", "cast"]),
            "Person": object(
                [
                    "id": string, "slug": string, "name": string, "nativeName": string, "aliases": strings,
                    "birthDate": string, "birthplace": string, "occupations": strings,
                    "agency": OpenAPIDocument.ref("EntityRef"),
                    "bio": string, "credits": array("Credit"),
                    "groups": [
                        "type": "array",
                        "items": object(
                            [
                                "group": OpenAPIDocument.ref("EntityRef"),
                                "current": ["type": "boolean"],
                                "since": optionalString, "until": optionalString,
                            ],
                            required: ["group", "current"]),
                    ],
                    "couples": array("EntityRef"), "quotes": array("Quote"),
                ],
                required: ["id", "slug", "name", "credits"]),
            "Organization": object(
                [
                    "id": string, "slug": string, "name": string, "kind": string, "nativeName": string,
                    "aliases": strings, "description": string, "founded": string, "website": string,
                    "members": [
                        "type": "array",
                        "items": object(
                            [
                                "person": OpenAPIDocument.ref("EntityRef"),
                                "current": ["type": "boolean"],
                            ],
                            required: ["person", "current"]),
                    ],
                    "titles": array("EntityRef"),
                ], required: ["id", "slug", "name", "kind"]),
            "Couple": object(
                [
                    "id": string, "slug": string, "name": string, "people": array("EntityRef"), "note": string,
                    "status": optionalString,
                    "titles": [
                        "type": "array",
                        "items": object(
                            [
                                "title": OpenAPIDocument.ref("EntityRef"),
                                "characters": array("Credit"),
                            ],
                            required: ["title", "characters"]),
                    ],
                    "timeline": [
                        "type": "array",
                        "items": object(
                            [
                                "status": string, "date": string,
                                "statement": string,
                                "source": OpenAPIDocument.ref("EntityRef"),
                                "sourceUrl": optionalString,
                            ],
                            required: ["status", "date", "statement"]),
                    ],
                    "quotes": array("Quote"),
                ], required: ["id", "slug", "name", "people", "timeline"]),
        ]
    }
}
