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
            ("Your account", NewsroomPaths.account, nil),
            ("API tokens", NewsroomPaths.tokens, nil),
            ("Accounts", NewsroomPaths.users, .manageUsers),
            ("Redirects", NewsroomPaths.redirects, .manageRedirects),
            ("Blocklist", NewsroomPaths.blocklist, .manageSettings),
            ("Audit log", NewsroomPaths.audit, .readAudit),
        ]
        links = areas.filter { $0.2.map(user.role.may) ?? true }
            .map { Link(label: $0.0, url: $0.1, current: $0.1 == current) }
    }
}
