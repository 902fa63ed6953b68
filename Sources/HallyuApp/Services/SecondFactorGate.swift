import HallyuCore
import HallyuStore
import Vapor

/// Checks a one-time code, or one of the recovery codes, for an account with two-factor sign-in
/// on. Each code is taken once (a replayed one is refused), and wrong codes count against the
/// account like wrong passwords: after `LoginGate.throttle`'s limit, attempts wait without
/// being looked at. Refusals go in the audit log.
struct SecondFactorGate {
    enum Outcome: Equatable {
        case accepted(byRecoveryCode: Bool)
        case refused
        case throttled(wait: TimeInterval)
    }

    let request: Request

    func check(_ typed: String, for user: User) async throws -> Outcome {
        let now = request.now
        let limits = request.rateWindows
        let throttle = LoginGate.throttle
        let key = "sign-in-code|" + user.id
        let slot: RateWindows.Slot
        switch try await limits.take(key, limit: throttle.limit, window: throttle.window, now: now) {
        case .admitted(let taken): slot = taken
        case .refused(let openedAt): return .throttled(wait: throttle.wait(windowOpenedAt: openedAt, now: now))
        }
        let outcome = try await limits.keeping([slot]) { try await match(typed, for: user, now: now) }
        if case .accepted = outcome {
            try? await limits.clear(key)
        } else {
            try await request.auditLog.record(
                user, "one-time code refused", kind: "user", id: user.id, summary: user.email, at: now)
        }
        return outcome
    }

    private func match(_ typed: String, for user: User, now: Date) async throws -> Outcome {
        let secrets = request.twoFactorSecrets
        let state = try await secrets.state(userID: user.id)
        guard state.isOn, let secret = state.secret, let codes = TwoFactorCodes.oneTimeCode(secret: secret) else { return .refused }
        if let step = codes.step(matching: typed, now: now, after: state.lastStep) {
            return try await secrets.take(userID: user.id, step: step) ? .accepted(byRecoveryCode: false) : .refused
        }
        if let recovery = RecoveryCode.normalized(typed),
            try await secrets.useRecoveryCode(userID: user.id, hash: TwoFactorCodes.hash(recoveryCode: recovery), now: now)
        {
            try await request.auditLog.record(
                user, "used recovery code", kind: "user", id: user.id,
                summary: "\(max(0, state.recoveryCodesLeft - 1)) left", at: now)
            return .accepted(byRecoveryCode: true)
        }
        return .refused
    }
}
