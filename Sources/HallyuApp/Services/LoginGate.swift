import HallyuCore
import HallyuStore
import Vapor

/// Checks an e-mail address and password for the sign-in page and for API token requests
/// alike, with the same throttle: after 5 failures for the account or from the address within
/// 15 minutes, attempts wait — without the password even being looked at.
struct LoginGate {
    enum Outcome {
        case signedIn(User)
        case refused
        case throttled(wait: TimeInterval)
    }

    static let throttle = Throttle()
    /// Checked when no account matches, so that a wrong address takes as long as a wrong
    /// password and timing does not tell which accounts exist.
    private static let standIn = (try? Bcrypt.hash("no account has this password")) ?? ""

    let request: Request

    func attempt(email: String, password: String) async throws -> Outcome {
        let now = request.now
        let address = try request.siteSecret().hash(address: request.clientAddress)
        let failures = request.loginFailures
        let recent = try await failures.recent(account: email, addressHash: address, since: now.addingTimeInterval(-Self.throttle.window))
        let waits = [recent.account, recent.address].compactMap { Self.throttle.wait(failures: $0, now: now) }
        if let wait = waits.max() { return .throttled(wait: wait) }

        let account = try await request.accounts.credentials(email: email)
        let matches = try await request.password.async.verify(password, created: account?.passwordHash ?? Self.standIn)
        guard let account, matches else {
            try await failures.record(account: email, addressHash: address, at: now)
            return .refused
        }
        try await failures.clear(account: email)
        try await failures.deleteOlder(than: now.addingTimeInterval(-86_400))
        return .signedIn(account.user)
    }
}

extension Abort {
    /// 429 with how long to wait, in words and in `Retry-After`.
    static func throttled(_ wait: TimeInterval) -> Abort {
        Abort(
            .tooManyRequests, headers: ["Retry-After": String(Int(wait.rounded(.up)))],
            reason: "Too many failed sign-ins. Try again in \(Throttle.describe(wait)).")
    }
}
