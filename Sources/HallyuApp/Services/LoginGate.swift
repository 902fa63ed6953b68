import HallyuCore
import HallyuStore
import Vapor

/// Checks an e-mail address and password for the sign-in page and for API token requests
/// alike, with the same throttle: after 5 failures for the account or from the address within
/// 15 minutes, attempts wait — without the password even being looked at.
struct LoginGate {
    enum Outcome {
        case signedIn(User)
        /// The right password of an account an admin has disabled.
        case disabled(User)
        case refused
        case throttled(wait: TimeInterval)
    }

    static let throttle = Throttle()

    private struct Throttled: Error {
        let wait: TimeInterval
    }

    /// Checked when no account matches, so that a wrong address takes as long as a wrong
    /// password and timing does not tell which accounts exist.
    private static let standIn = (try? Bcrypt.hash("no account has this password")) ?? ""

    let request: Request

    func attempt(email: String, password: String) async throws -> Outcome {
        let now = request.now
        let secret = try request.siteSecret()
        let limits = request.rateWindows
        // Each attempt takes a slot for its address and one for its account before the password
        // is looked at, so attempts at the same moment, on any server process, cannot all pass
        // on one count; a good sign-in gives its slots back, so what stays counted are failures.
        let addressKey = "sign-in-address|" + secret.hash(address: request.clientAddress)
        let accountKey = "sign-in-account|" + secret.sign("sign-in|" + Accounts.fold(email: email))
        func take(_ key: String) async throws -> Result<RateWindows.Slot, Throttled> {
            switch try await limits.take(key, limit: Self.throttle.limit, window: Self.throttle.window, now: now) {
            case .admitted(let slot): .success(slot)
            case .refused(let openedAt): .failure(Throttled(wait: Self.throttle.wait(windowOpenedAt: openedAt, now: now)))
            }
        }
        let addressSlot: RateWindows.Slot, accountSlot: RateWindows.Slot
        switch try await take(addressKey) {
        case .success(let slot): addressSlot = slot
        case .failure(let throttled): return .throttled(wait: throttled.wait)
        }
        switch try await take(accountKey) {
        case .success(let slot): accountSlot = slot
        case .failure(let throttled):
            try await limits.giveBack(addressSlot)
            return .throttled(wait: throttled.wait)
        }
        let account = try await limits.keeping([addressSlot, accountSlot]) {
            let account = try await request.accounts.credentials(email: email)
            let matches = try await request.password.async.verify(password, created: account?.passwordHash ?? Self.standIn)
            return matches ? account : nil
        }
        guard let account else { return .refused }
        // The account's count starts again; the address's keeps its other failures, or one
        // account of one's own would reset the guessing of others'.
        // The sign-in stands even if a count cannot be corrected: it only stays a little higher.
        try? await limits.clear(accountKey)
        try? await limits.giveBack(addressSlot)
        return account.disabled ? .disabled(account.user) : .signedIn(account.user)
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
