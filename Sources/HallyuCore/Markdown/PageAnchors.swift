/// The ids the site's own pages give their elements (the comment form, the editor's fields,
/// the search box…). A heading in a writer's text never takes one: `# Comment form` becomes
/// `comment-form-2`, so the page's `#comment-form` links and scripts still find the form. A
/// test keeps this list equal to the ids the templates use.
public enum PageAnchors {
    public static let reserved: Set<String> = [
        "alt", "at", "blocklist-entries", "blocklist-help", "body", "bulk-action", "caption", "cast", "cast-billing", "cast-character",
        "cast-native", "cast-person", "comment-body", "comment-email", "comment-error", "comment-form", "comment-kept", "comment-name",
        "comment-notice", "comments", "comments-title", "couple-note", "credit", "current-password", "date", "dek", "discussion", "editor", "email",
        "file", "codes-code", "confirm-code", "off-code", "one-time-code", "reset-password", "reset-repeat",
        "first", "from", "hero", "inline-related", "into", "kind", "latest", "licence", "main", "mention-list", "mentioned-in",
        "new-account-password", "new-email", "new-name", "new-password", "new-role", "no-warnings", "note", "password", "poll-closes", "poll-options",
        "picture-choice", "picture-insert", "poll-pages", "poll-question", "poll-slug", "preview", "preview-state", "q", "quote-about",
        "quote-article", "quote-date",
        "quote-kind", "quote-text", "quote-url", "redirect-csv", "redirect-csv-help", "redirect-from", "redirect-search",
        "redirect-status", "redirect-to", "related", "repeat-password", "roles", "search-articles", "search-entities", "search-query", "second",
        "share-url", "site-search", "slug", "source", "speaker", "statement", "status", "stories", "subject-options", "subject-search",
        "subjects", "tag-options", "tags", "text", "timeline", "title", "to", "token-name", "upload", "warning-count", "warning-list",
        "warnings",
    ]
}
