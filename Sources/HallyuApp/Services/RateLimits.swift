import Foundation
import HallyuCore
import HallyuStore
import Vapor

extension RateWindows {
    /// Counts an attempt under `throttle`, or refuses it with 429, `Retry-After` and `refusal`
    /// given the wait in words ("Try again in 42 seconds.").
    func take(_ key: String, under throttle: Throttle, now: Date, refusal: (String) -> String) async throws -> Slot {
        switch try await take(key, limit: throttle.limit, window: throttle.window, now: now) {
        case .admitted(let slot):
            return slot
        case .refused(let openedAt):
            let wait = throttle.wait(windowOpenedAt: openedAt, now: now)
            throw Abort(.tooManyRequests, headers: ["Retry-After": String(Int(wait))], reason: refusal(Throttle.describe(wait)))
        }
    }

    /// Does the work the slots were taken for; if it fails, the attempt did not happen and
    /// the slots are given back.
    func keeping<T>(_ slots: [Slot], whenDone work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch {
            for slot in slots { try? await giveBack(slot) }
            throw error
        }
    }
}
