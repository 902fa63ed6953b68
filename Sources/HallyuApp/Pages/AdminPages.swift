import Foundation
import HallyuCore

/// What every newsroom page shows around its content: who is signed in, the areas their role
/// opens, and the token the sign-out form needs.
struct AdminFrame: Encodable, Sendable {
    struct Link: Encodable, Sendable {
        var label: String
        var url: String
        var current: Bool
    }

    var userName: String
    var role: String
    var csrf: String
    var links: [Link]

    init(user: User, csrf: String, current: String) {
        userName = user.name
        role = user.role.rawValue
        self.csrf = csrf
        let areas: [(String, String, NewsroomAction?)] = [
            ("Overview", "/admin", nil),
            ("Articles", "/admin/articles", .writeDrafts),
            ("Media", "/admin/media", .manageMedia),
            ("People", "/admin/kb/people", .editKnowledge),
            ("Titles", "/admin/kb/titles", .editKnowledge),
            ("Organizations", "/admin/kb/organizations", .editKnowledge),
            ("Couples", "/admin/kb/couples", .editKnowledge),
            ("API tokens", "/admin/tokens", nil),
            ("Accounts", "/admin/users", .manageUsers),
            ("Audit log", "/admin/audit", .readAudit),
        ]
        links = areas.filter { $0.2.map(user.role.may) ?? true }
            .map { Link(label: $0.0, url: $0.1, current: $0.1 == current) }
    }
}

/// `/admin/login`.
struct AdminLoginPage: Encodable, Sendable {
    var meta: PageMeta
    var email: String
    var next: String
    var csrf: String
    var problem: String?
}

/// `/admin`.
struct AdminHomePage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    /// What the account's role allows, in words.
    var abilities: [String]
}

/// `/admin/tokens`.
struct AdminTokensPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var created: String
        var lastUsed: String
    }

    /// A token just made: shown this once.
    struct Created: Encodable, Sendable {
        var name: String
        var token: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var tokens: [Row]
    var created: Created?
    var name: String
    var problem: String?
}

/// `/admin/audit`.
struct AdminAuditPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var at: String
        var atISO: String
        var who: String
        var action: String
        var item: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var entries: [Row]
    var pager: Pager
}

/// `/admin/users`.
struct AdminUsersPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var email: String
        var role: String
        var since: String
        var canSignIn: Bool
        var isYou: Bool
    }

    /// What was typed into the add form, kept when it is sent back (never the password).
    struct Typed: Encodable, Sendable {
        var name = ""
        var email = ""
        var role = "writer"
    }

    var meta: PageMeta
    var frame: AdminFrame
    var users: [Row]
    var roles: [String]
    var typed: Typed
    var notice: String?
    var problem: String?
}
