import Foundation
import HallyuCore
import HallyuStore

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
            ("Overview", NewsroomPaths.home, nil),
            ("Articles", NewsroomPaths.articles, .writeDrafts),
            ("Media", NewsroomPaths.media, .manageMedia),
            ("Comments", NewsroomPaths.comments, .moderate),
            ("Polls", NewsroomPaths.polls, .moderate),
            ("People", NewsroomPaths.people, .editKnowledge),
            ("Titles", NewsroomPaths.entries("titles"), .editKnowledge),
            ("Organizations", NewsroomPaths.entries("organizations"), .editKnowledge),
            ("Couples", NewsroomPaths.couples, .editKnowledge),
            ("API tokens", NewsroomPaths.tokens, nil),
            ("Accounts", NewsroomPaths.users, .manageUsers),
            ("Blocklist", NewsroomPaths.blocklist, .manageSettings),
            ("Audit log", NewsroomPaths.audit, .readAudit),
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
    /// Comments waiting for a moderator; 0 for those who do not moderate.
    var heldComments: Int
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

/// `/admin/comments`.
struct AdminCommentsPage: Encodable, Sendable {
    struct Tab: Encodable, Sendable {
        var label: String
        var url: String
        var count: Int
        var current: Bool
    }

    struct Commenter: Encodable, Sendable {
        var name: String
        var summary: String
    }

    struct Row: Encodable, Sendable {
        var id: String
        var name: String
        var email: String?
        var html: String
        var date: String
        var status: String
        var reason: String?
        var articleTitle: String
        var articleURL: String
        var isReply: Bool
        var historyURL: String
        var history: String

        init(_ item: CommentQueue.Item, history: CommentQueue.History?, formatting: Formatting) {
            id = item.comment.id
            name = item.comment.name
            email = item.comment.email
            html = CommentText.html(item.comment.body)
            date = formatting.dayAndTime(item.comment.createdAt)
            status = item.comment.status.rawValue
            reason = item.comment.reason
            articleTitle = item.article.name
            articleURL = Paths.of(item.article) + (item.comment.status == .approved ? "#comment-\(item.comment.id)" : "")
            isReply = item.comment.parentID != nil
            historyURL = AdminCommentsPage.historyPath(item.comment.commenterKey)
            self.history = history.map(AdminCommentsPage.summary) ?? ""
        }
    }

    var meta: PageMeta
    var frame: AdminFrame
    var tabs: [Tab]
    var status: String?
    var commenter: Commenter?
    var rows: [Row]
    var back: String
    var notice: String?
    var pager: Pager

    /// The queue narrowed to one commenter's comments.
    static func historyPath(_ commenterKey: String) -> String {
        NewsroomPaths.comments(commenter: commenterKey)
    }

    /// "1 held · 3 approved": a commenter's record at a glance.
    static func summary(_ history: CommentQueue.History) -> String {
        CommentStatus.allCases.compactMap { status in
            guard let count = history.counts[status], count > 0 else { return nil }
            return "\(count) \(status.rawValue)"
        }.joined(separator: " · ")
    }
}

/// `/admin/polls`.
struct AdminPollsPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var poll: PollView
        var pageName: String
        var pageURL: String
        var created: String

        init(_ poll: Poll, now: Date, formatting: Formatting) {
            // The newsroom always sees the results.
            self.poll = PollView(poll, voted: true, now: now, formatting: formatting)
            pageName = poll.attachedTo.name
            pageURL = Paths.of(poll.attachedTo)
            created = formatting.dayAndTime(poll.createdAt)
        }
    }

    /// A page a poll can go on, offered as the slug is typed.
    struct Suggestion: Encodable, Sendable {
        var slug: String
        var label: String
    }

    var meta: PageMeta
    var frame: AdminFrame
    var polls: [Row]
    var suggestions: [Suggestion]
    var question: String
    var options: String
    var onCouple: Bool
    var slug: String
    var closesAt: String
    var timeZone: String
    var problem: String?
    var notice: String?
    var pager: Pager
}

/// `/admin/blocklist`.
struct AdminBlocklistPage: Encodable, Sendable {
    var meta: PageMeta
    var frame: AdminFrame
    var entries: String
    var problem: String?
    var notice: String?
}
