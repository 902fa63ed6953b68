/// Version 1 of Hallyu's JSON export: every table that holds the newsroom, in the order an
/// import writes them (a table only points at tables before it, or at itself), and the tables
/// it leaves out, with why. `docs/export-format.md` explains it; `schema.json` in every export
/// (and `docs/export-schema.json`) describes it as JSON Schema.
public enum ExportFormat {
    public static let name = "hallyu-export"
    public static let version = 1

    /// Tables the export does not carry: secrets, what lasts minutes, and what an import builds
    /// again from the rest.
    public static let leftOutTables: [String: String] = [
        "_fluent_migrations": "the schema's history; an import runs this version's migrations",
        "sessions": "sign-ins are secrets of the site that made them",
        "api_tokens": "secrets; make new tokens on the new site",
        "ended_credentials": "the sessions and tokens of disabled accounts, secrets of the site that made them",
        "password_resets": "one-time links that last an hour",
        "recovery_codes": "secrets of two-factor sign-in, which is set up again on the new site",
        "rate_windows": "counts of the last minutes' attempts",
        "settings": "the site's secret stays with it and the new site makes its own; the settings an admin chose travel in site.json",
        "page_cache_changes": "the page cache's bookkeeping",
        "page_cache_listeners": "the page cache's bookkeeping",
        "article_search": "the search index, built again by the import",
    ]

    public static let tables: [ExportTable] = [
        ExportTable(
            "users", "Staff accounts, without their passwords: each signs in once an admin sets one (`hallyu user add` with the same e-mail).",
            [
                .id(), .text("slug"), .text("name"), .text("email"), .text("role"), .text("bio"), .time("created_at", nullable: true),
                .time("disabled_at", nullable: true),
            ],
            leavingOut: [
                .init(column: "password_hash", fill: .null, reason: "a secret"),
                .init(column: "totp_secret", fill: .null, reason: "a secret: two-factor sign-in is set up again on the new site"),
                .init(column: "totp_enabled_at", fill: .null, reason: "goes with the secret"),
                .init(column: "totp_last_step", fill: .null, reason: "goes with the secret"),
            ]),
        ExportTable(
            "organizations", "Networks, streamers, agencies, groups and studios.",
            [
                .id(), .text("slug"), .text("name"), .text("native_name", nullable: true), .text("kind"), .texts("aliases"), .text("description"),
                .text("founded", nullable: true), .text("website", nullable: true),
            ]),
        ExportTable(
            "people", "Actors, idols and the rest of the knowledge base's people.",
            [
                .id(), .text("slug"), .text("name"), .text("native_name", nullable: true), .texts("aliases"), .text("birth_date", nullable: true),
                .texts("occupations"), .id("agency_id", to: "organizations", nullable: true), .text("bio"), .text("birthplace", nullable: true),
            ]),
        ExportTable(
            "titles", "Dramas, films and variety shows.",
            [
                .id(), .text("slug"), .text("kind"), .text("name"), .text("native_name", nullable: true), .texts("aliases"), .text("synopsis"),
                .text("first_aired", nullable: true), .text("last_aired", nullable: true), .integer("episodes", nullable: true), .texts("genres"),
            ]),
        ExportTable(
            "title_outlets", "Where a title aired or streams, in order.",
            [.id(), .id("title_id", to: "titles"), .id("organization_id", to: "organizations"), .text("role"), .integer("position")]),
        ExportTable(
            "credits", "Who played whom in a title.",
            [
                .id(), .id("person_id", to: "people"), .id("title_id", to: "titles"), .text("character_name", nullable: true),
                .text("character_native_name", nullable: true), .texts("character_short_names"), .text("billing"), .integer("position"),
            ]),
        ExportTable(
            "memberships", "A person in a group, with the years.",
            [
                .id(), .id("person_id", to: "people"), .id("group_id", to: "organizations"), .boolean("current"), .text("since", nullable: true),
                .text("until", nullable: true),
            ]),
        ExportTable(
            "merge_candidates", "People the imports could not tell apart, and whether an editor kept them apart.",
            [.id(), .id("first_id", to: "people"), .id("second_id", to: "people"), .text("reason"), .boolean("dismissed"), .time("created_at")]),
        ExportTable(
            "entity_names", "Every spelling a person, title or organization is known by, with its normalised key.",
            [.id(), .text("entity_kind"), .id("entity_id"), .text("key"), .text("name")]),
        ExportTable(
            "slug_redirects", "Old slugs of renamed pages, which lead to the new ones.",
            [.id(), .text("entity_kind"), .text("old_slug"), .id("entity_id")]),
        ExportTable(
            "media", "Pictures and clips: the library's metadata; the files are in `media/`.",
            [
                .id(), .text("kind"), .text("file_name", nullable: true), .text("content_type"), .text("alt"), .text("caption"), .text("credit"),
                .text("source_url", nullable: true), .text("licence"), .integer("width"), .integer("height"), .text("provider", nullable: true),
                .text("embed_url", nullable: true), .time("created_at", nullable: true),
            ],
            leavingOut: [
                .init(column: "variants", fill: .null, reason: "the resized copies are made again from the files by `hallyu media variants`"),
                .init(column: "variants_problem", fill: .null, reason: "goes with the copies"),
            ]),
        ExportTable(
            "tags", "Tags, in a tree where they came from categories.", [.id(), .text("slug"), .text("name"), .id("parent_id", nullable: true)]),
        ExportTable(
            "articles", "Articles and pages as they stand now.",
            [
                .id(), .text("slug"), .text("title"), .text("dek"), .text("body"), .id("hero_media_id", to: "media", nullable: true), .text("status"),
                .time("published_at", nullable: true), .boolean("featured"), .time("created_at", nullable: true),
                .time("updated_at", nullable: true), .time("scheduled_at", nullable: true), .boolean("comments_open"), .boolean("is_page"),
            ]),
        ExportTable(
            "article_authors", "Bylines, in order.",
            [.id(), .id("article_id", to: "articles"), .id("user_id", to: "users"), .integer("position")]),
        ExportTable("article_tags", "Articles' tags.", [.id(), .id("article_id", to: "articles"), .id("tag_id", to: "tags")]),
        ExportTable(
            "article_subjects", "Who and what an article is about, in order.",
            [.id(), .id("article_id", to: "articles"), .text("entity_kind"), .id("entity_id"), .integer("position")]),
        ExportTable(
            "article_mentions", "The names each article's text links, with how often.",
            [.id(), .id("article_id", to: "articles"), .text("entity_kind"), .id("entity_id"), .integer("count")]),
        ExportTable(
            "article_revisions", "Every saved version of every article.",
            [
                .id(), .id("article_id", to: "articles"), .integer("number"), .text("slug"), .text("title"), .text("dek"), .text("body"),
                .id("hero_media_id", nullable: true), .text("tags"), .text("subjects"), .id("user_id", to: "users", nullable: true), .text("note"),
                .time("created_at", nullable: true),
            ]),
        ExportTable(
            "related_articles", "\"You might like\": each article's related articles with their scores.",
            [.id(), .id("article_id", to: "articles"), .id("related_id", to: "articles"), .number("score")]),
        ExportTable(
            "couples", "On-screen and off-screen couples.",
            [.id(), .text("slug"), .id("first_person_id", to: "people"), .id("second_person_id", to: "people"), .text("note")]),
        ExportTable(
            "couple_statuses", "A couple's sourced timeline.",
            [
                .id(), .id("couple_id", to: "couples"), .text("status"), .text("date"), .text("statement"),
                .id("source_article_id", to: "articles", nullable: true), .text("source_url", nullable: true),
            ]),
        ExportTable(
            "quotes", "Quotes with their speaker and source.",
            [
                .id(), .text("text"), .text("kind"), .id("speaker_id", to: "people"), .id("source_article_id", to: "articles", nullable: true),
                .text("source_url", nullable: true), .text("date", nullable: true), .text("context"),
            ]),
        ExportTable(
            "quote_subjects", "Who and what a quote is about.",
            [.id(), .id("quote_id", to: "quotes"), .text("entity_kind"), .id("entity_id")]),
        ExportTable(
            "comments", "Readers' comments with their threads and moderation state.",
            [
                .id(), .id("article_id", to: "articles"), .id("parent_id", to: "comments", nullable: true), .text("name"),
                .text("email", nullable: true), .text("body"), .text("status"), .text("reason", nullable: true), .time("created_at"),
            ],
            leavingOut: [
                .init(column: "commenter_key", fill: .text("imported"), reason: "ties a comment to its writer's browser on the old site"),
                .init(column: "address_hash", fill: .text(""), reason: "a reader's address, hashed with the old site's secret"),
            ]),
        ExportTable(
            "polls", "Reader polls, on an article or a couple.",
            [
                .id(), .text("question"), .id("article_id", to: "articles", nullable: true), .id("couple_id", to: "couples", nullable: true),
                .time("closes_at", nullable: true), .time("created_at"),
            ]),
        ExportTable("poll_options", "A poll's answers, in order.", [.id(), .id("poll_id", to: "polls"), .text("label"), .integer("position")]),
        ExportTable(
            "poll_votes", "Votes: which answer and when, without who.",
            [.id(), .id("poll_id", to: "polls"), .id("option_id", to: "poll_options"), .time("created_at")],
            leavingOut: [
                .init(column: "voter_key", fill: .textAndID("imported:"), reason: "ties a vote to its reader's browser on the old site"),
                .init(column: "address_hash", fill: .text(""), reason: "a reader's address, hashed with the old site's secret"),
            ]),
        ExportTable(
            "redirects", "Old addresses and where they lead, with their hits.",
            [
                .id(), .text("path"), .text("target"), .integer("status"), .text("origin"), .integer("hits"), .time("last_hit_at", nullable: true),
                .time("created_at", nullable: true),
            ]),
        ExportTable(
            "import_records", "What earlier imports placed, so running them again adds nothing.",
            [.id(), .text("source"), .text("external_key"), .text("entity_kind"), .id("entity_id"), .text("version", nullable: true)]),
        ExportTable(
            "audit_entries", "The newsroom's audit log.",
            [
                .id(), .time("at"), .id("user_id", to: "users", nullable: true), .text("user_name"), .text("action"), .text("item_kind"),
                .text("item_id"), .text("summary"),
            ]),
    ]

    public static func table(named name: String) -> ExportTable? { tables.first { $0.name == name } }

    /// The settings an admin chose, which travel in `site.json` as text under their keys.
    public static let siteSettings = [Settings.commentBlocklist, Settings.twoFactorRequirement]
    public static let siteFileName = "site.json"
}
