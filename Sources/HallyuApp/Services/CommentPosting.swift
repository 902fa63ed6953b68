import Foundation
import HallyuCore
import HallyuStore
import Vapor

/// A comment as a reader sent it, from the form or the API.
struct CommentSubmission: Sendable {
    var name: String
    var email: String?
    var body: String
    var parent: String?
    /// The form's hidden field that people never see and scripts fill in.
    var honeypot: String?
    /// The form's signed render time; nil from the API, which has no form.
    var stamp: String?
    var fromForm: Bool
}

/// Takes a comment through every rule, from the article being open to the spam screening, and
/// stores it with the status the rules gave it.
struct CommentPosting {
    /// At most 5 comments a minute from one address.
    static let rate = Throttle(limit: 5, window: 60)
    /// The same text on the same article from the same address within 10 minutes is a repeat.
    static let repeatWindow: TimeInterval = 600
    /// Top-level comments per page; replies stay with their parent.
    static let perPage = 50

    let request: Request

    func post(articleSlug: String, _ submission: CommentSubmission) async throws -> Comment {
        let comments = request.comments
        guard let article = try await comments.target(articleSlug: articleSlug) else {
            throw Abort(.notFound, reason: "No published article has this address.")
        }
        guard article.commentsOpen else { throw Abort(.forbidden, reason: "Comments are closed on this story.") }
        let name: String, email: String?, body: String
        do {
            name = try CommentText.cleanName(submission.name)
            email = try CommentText.cleanEmail(submission.email)
            body = try CommentText.cleanBody(submission.body)
        } catch {
            throw Abort(.badRequest, reason: error.message)
        }
        let secret = try request.siteSecret()
        if submission.fromForm, let problem = FormStamp.problem(submission.stamp, secret: secret, scope: article.slug, now: request.now) {
            throw Abort(.badRequest, reason: problem)
        }
        let parentID = try await replyParent(submission.parent, article: article, comments: comments)
        let address = request.clientAddress
        let addressHash = secret.hash(address: address)
        let commenterKey = try email.map { Self.commenterKey(email: $0, secret: secret) } ?? ReaderCookie.commenter.key(request)
        let blocklist = Blocklist(text: try await request.settings.value(Settings.commentBlocklist) ?? "")
        let honeypotFilled = !(submission.honeypot ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        // Both limits are counted in the database, so every server process shares them. The
        // repeat is checked first: the same text sent twice at once takes one of the five.
        let limits = request.rateWindows
        let now = request.now
        let textKey = "comment-text|" + Self.digest([addressHash, article.id, body])
        guard case .admitted(let textSlot) = try await limits.take(textKey, limit: 1, window: Self.repeatWindow, now: now) else {
            throw Abort(.conflict, reason: "You have already posted this comment.")
        }
        let comment = try await limits.keeping([textSlot]) {
            let rateSlot = try await limits.take("comment|" + addressHash, under: Self.rate, now: now) {
                "You are commenting faster than we can read. Try again in \($0)."
            }
            return try await limits.keeping([rateSlot]) {
                let verdict = CommentScreening.verdict(
                    honeypotFilled: honeypotFilled,
                    blocklistMatch: blocklist.match(name: name, email: email, body: body, address: address),
                    linkCount: CommentText.linkCount(body),
                    isKnownCommenter: try await comments.isKnown(commenterKey: commenterKey))
                return try await comments.add(
                    .init(
                        articleID: article.id, parentID: parentID, name: name, email: email, body: body,
                        verdict: verdict, commenterKey: commenterKey, addressHash: addressHash), at: now)
            }
        }
        // A held comment (and spam) shows nowhere until a moderator approves it.
        if comment.status == .approved {
            await request.announce(.of(.comments(article.id)))
        } else {
            request.announceNothingPublic()
        }
        return comment
    }

    /// Who wrote a comment that gives an e-mail address: a keyed hash of the address, so the key
    /// (which moderators' links carry) cannot be checked against a guessed address.
    static func commenterKey(email: String, secret: SiteSecret) -> String {
        "email:" + secret.sign("commenter|" + CommentText.emailKey(email))
    }

    /// A short key for the repeat check: the same parts give the same digest.
    static func digest(_ parts: [String]) -> String {
        SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8)).hex
    }

    /// The top-level comment a reply attaches to; nil for a new thread.
    private func replyParent(_ parent: String?, article: Comments.Target, comments: Comments) async throws -> String? {
        guard let parent = parent?.trimmingCharacters(in: .whitespaces), !parent.isEmpty else { return nil }
        guard let top = try await comments.replyParent(id: parent, articleID: article.id) else {
            throw Abort(.badRequest, reason: "The comment you are replying to is not on this story (or not shown yet).")
        }
        return top
    }
}
