import HallyuCore

/// Where each newsroom page lives, named once for the controllers and page contexts that link,
/// redirect or post to it (the public site's are in `Paths`). `done` values are the notes a
/// page shows after a change (`?done=saved`).
enum NewsroomPaths {
    static let home = "/admin"
    static let login = "/admin/login"
    static let logout = "/admin/logout"
    /// The one-time code after the password.
    static let signInCode = "/admin/login/code"
    static func signInCode(next: String) -> String { next.isEmpty ? signInCode : signInCode + "?next=" + QueryValue.encoded(next) }
    /// Where a reset link leads.
    static func passwordReset(_ token: String) -> String { "/admin/reset/" + token }

    /// The sign-in page, which leads back to `back` afterwards.
    static func login(returningTo back: String) -> String { login + "?next=" + QueryValue.encoded(back) }

    // MARK: Articles

    static let articles = "/admin/articles"
    static let newArticle = "/admin/articles/new"

    /// The editor of the article with `id`.
    static func article(_ id: String, done: String? = nil) -> String { "/admin/articles/\(id)/edit" + note(done) }
    static func discussion(ofArticle id: String) -> String { article(id) + "#discussion" }
    static func comments(onArticle id: String) -> String { "/admin/articles/\(id)/comments" }
    static func revisions(ofArticle id: String) -> String { "/admin/articles/\(id)/revisions" }

    /// The difference between two revisions; without them, the page's own address.
    static func diff(ofArticle id: String, from: Int? = nil, to: Int? = nil) -> String {
        let path = revisions(ofArticle: id) + "/diff"
        guard let from, let to else { return path }
        return path + "?from=\(from)&to=\(to)"
    }

    // MARK: Community and the desk

    static let comments = "/admin/comments"
    static func comments(status: String) -> String { comments + "?status=" + QueryValue.encoded(status) }
    static func comments(commenter: String) -> String { comments + "?commenter=" + QueryValue.encoded(commenter) }
    static let polls = "/admin/polls"
    static func polls(done: String) -> String { polls + note(done) }
    static let media = "/admin/media"
    static func media(search: String) -> String { search.isEmpty ? media : media + "?q=" + QueryValue.encoded(search) }
    static let tokens = "/admin/tokens"
    static let account = "/admin/account"
    static func account(done: String) -> String { account + note(done) }
    static let twoFactor = "/admin/account/two-factor"
    static func twoFactor(done: String) -> String { twoFactor + note(done) }
    static let users = "/admin/users"
    static func users(done: String) -> String { users + note(done) }
    static let blocklist = "/admin/blocklist"
    static func blocklist(done: String) -> String { blocklist + note(done) }
    static let audit = "/admin/audit"
    static let redirects = "/admin/redirects"
    static func redirects(search: String, done: String? = nil) -> String {
        let query = [search.isEmpty ? nil : "q=" + QueryValue.encoded(search), done.map { "done=" + QueryValue.encoded($0) }].compactMap { $0 }
        return query.isEmpty ? redirects : redirects + "?" + query.joined(separator: "&")
    }
    static func redirect(_ id: String) -> String { "/admin/redirects/\(id)" }

    // MARK: The knowledge base

    static let people = "/admin/kb/people"
    static let newPerson = "/admin/kb/people/new"
    static func people(search: String) -> String { search.isEmpty ? people : people + "?q=" + QueryValue.encoded(search) }
    /// The form for a new person with `name` filled in.
    static func newPerson(named name: String) -> String { newPerson + "?name=" + QueryValue.encoded(name) }
    static func person(_ slug: String, done: String? = nil) -> String { "/admin/kb/people/\(slug)/edit" + note(done) }
    static func merge(person slug: String) -> String { "/admin/kb/people/\(slug)/merge" }
    static let duplicates = "/admin/kb/duplicates"
    static func dismissDuplicate(_ id: String) -> String { "/admin/kb/duplicates/\(id)/dismiss" }
    static func quotes(ofPerson slug: String) -> String { "/admin/kb/people/\(slug)/quotes" }
    /// The list of titles or of organizations (`segment`: `titles`, `organizations`).
    static func entries(_ segment: String) -> String { "/admin/kb/" + segment }
    static func newEntry(_ segment: String) -> String { entries(segment) + "/new" }
    static func entry(_ segment: String, _ slug: String, done: String? = nil) -> String { entries(segment) + "/\(slug)/edit" + note(done) }
    static func cast(ofTitle slug: String) -> String { entries("titles") + "/\(slug)/cast" }
    static let couples = "/admin/kb/couples"
    static func couple(_ slug: String, done: String? = nil) -> String { "/admin/kb/couples/\(slug)" + note(done) }

    private static func note(_ done: String?) -> String { done.map { "?done=" + QueryValue.encoded($0) } ?? "" }
}
